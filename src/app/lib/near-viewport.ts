import { useEffect, useState, type RefObject } from 'react';

/**
 * True once the element has come within a screen's height of the window, and from then on. Work that only a
 * reader looking at the element needs (fetching a search result's quote) waits for it, so the first results
 * are not slowed by the ones below the fold. Without IntersectionObserver, everything is near.
 */
export function useNearViewport(ref: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver !== 'function');
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, near]);
  return near;
}
