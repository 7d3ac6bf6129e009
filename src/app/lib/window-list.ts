import { defaultRangeExtractor, measureElement as measureNow, useWindowVirtualizer, windowScroll, type Range, type Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

interface Options {
  count: number;
  estimateSize: (index: number) => number;
  getItemKey: (index: number) => string | number;
  overscan: number;
}

/**
 * The window the first render assumes, at build time and in the browser alike: a page built ahead of time has
 * the rows this window shows, and the browser's first render must produce exactly those rows to adopt it. The
 * real size follows as soon as the page is laid out.
 */
const FIRST_RENDER_WINDOW = { width: 1280, height: 1000 };

/**
 * A list virtualised against the window's scroll, below other content of the page.
 *
 * Its first render depends on nothing the browser has to compute: the window is FIRST_RENDER_WINDOW, the list
 * starts at the top, and the window's real size, the list's offset and the first rows' heights arrive from
 * ResizeObservers, which the browser calls once layout is done. Out of the box the virtualizer reads them while
 * React commits, and each read makes the browser lay the page out there and then.
 */
export function useWindowList(
  /** The list: its height stands for every row, drawn or not. */
  listRef: RefObject<HTMLElement | null>,
  /** Inside it, the rows drawn, laid out in flow and moved down past the rows scrolled by. */
  rowsRef: RefObject<HTMLElement | null>,
  options: Options,
): Virtualizer<Window, Element> {
  const attached = useRef(false);
  const settled = useRef(false);
  const keepFirstRows = useKeepFirstRows();
  const virtualizer = useWindowVirtualizer({
    ...options,
    rangeExtractor: keepFirstRows,
    measureElement: (element, entry, instance) => {
      // The first rows' heights come from the ResizeObserver, after the browser's own layout, and not from a read
      // in the middle of React's commit. Rows are laid out in flow, so until then nothing stands in a wrong place.
      if (entry) settled.current = true;
      if (entry || settled.current) return measureNow(element, entry, instance);
      const index = instance.indexFromElement(element);
      return instance.itemSizeCache.get(options.getItemKey(index)) ?? options.estimateSize(index);
    },
    scrollMargin: useListOffset(listRef),
    initialOffset: 0,
    initialRect: FIRST_RENDER_WINDOW,
    observeElementRect: observeWindowSize,
    scrollToFn: (offset, scroll, instance) => {
      // On attaching, the virtualizer scrolls the window to where it assumes it is: a write that would undo the
      // browser's own scroll restoration, and lay the page out on the spot.
      const echo = !attached.current && offset === 0 && !scroll.adjustments && !scroll.behavior;
      attached.current = true;
      if (!echo) windowScroll(offset, scroll, instance);
    },
  });
  const totalSize = virtualizer.getTotalSize();
  const margin = virtualizer.options.scrollMargin;
  const rowsOffset = (virtualizer.getVirtualItems()[0]?.start ?? margin) - margin;
  useLayoutEffect(() => {
    // Through the CSSOM rather than style attributes: the Content-Security-Policy allows no inline style, and a
    // page built ahead of time carries the list's markup as HTML. Where a row stands never depends on a
    // measurement, so that page is right before the rows are measured.
    if (listRef.current) listRef.current.style.height = `${totalSize}px`;
    if (rowsRef.current) rowsRef.current.style.transform = `translateY(${rowsOffset}px)`;
  }, [listRef, rowsRef, totalSize, rowsOffset]);
  return virtualizer;
}

/**
 * The rows the first render drew stay drawn until the reader scrolls or the list changes. On a window smaller
 * than the first render assumes (a phone), the real range is a few rows shorter: dropping the rest would be DOM
 * work in the middle of the page's start, to remove rows that are ready, below the fold, and cost nothing there.
 */
function useKeepFirstRows(): (range: Range) => number[] {
  const first = useRef<{ end: number; count: number } | null>(null);
  const released = useRef(false);
  useEffect(() => {
    const onScroll = () => {
      released.current = true;
    };
    window.addEventListener('scroll', onScroll, { passive: true, once: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, []);
  // One function for the component's life, which the virtualizer calls while rendering: the refs it reads are
  // its own memory of the first rows, never what a render shows.
  // eslint-disable-next-line react-hooks/refs
  return useRef((range: Range) => {
    const rows = defaultRangeExtractor(range);
    first.current ??= { end: rows[rows.length - 1] ?? -1, count: range.count };
    // A filtered list is drawn anew anyway: past the first, extra rows would only be extra work.
    if (range.count !== first.current.count) released.current = true;
    // Only while the rows in view start at the top, so that the rows drawn stay one unbroken run.
    if (released.current || rows[0] !== 0 || first.current.end <= (rows[rows.length - 1] ?? -1)) return rows;
    return Array.from({ length: first.current.end + 1 }, (_, i) => i);
  }).current;
}

/** The window's size, reported once the page is laid out and whenever it changes. */
function observeWindowSize(instance: Virtualizer<Window, Element>, report: (rect: { width: number; height: number }) => void) {
  const win = instance.scrollElement;
  if (!win || typeof ResizeObserver !== 'function') return;
  const read = () => report({ width: win.innerWidth, height: win.innerHeight });
  const observer = new ResizeObserver(read);
  observer.observe(win.document.documentElement);
  win.addEventListener('resize', read, { passive: true });
  return () => {
    observer.disconnect();
    win.removeEventListener('resize', read);
  };
}

/**
 * The list's distance from the top of the document, read again whenever the page changes height (the filters
 * open above the list on a phone, the histogram changes), so the rows drawn stay the ones in view.
 */
function useListOffset(listRef: RefObject<HTMLElement | null>): number {
  const [offset, setOffset] = useState(0);
  useEffect(() => {
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(() => setOffset(listRef.current?.offsetTop ?? 0));
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [listRef]);
  return offset;
}
