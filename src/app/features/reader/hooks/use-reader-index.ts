import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { corpusIndexQuery, type LoadedIndex } from '../../../data/corpus-index.ts';

/**
 * The corpus index for the reader, once the article is on screen; undefined until then. The reader shows the
 * article as soon as it arrives; the index only adds corpus-wide names and the next and previous articles.
 */
export function useReaderIndex(): LoadedIndex | undefined {
  const [afterFirstPaint, setAfterFirstPaint] = useState(false);
  useEffect(() => {
    // A frame, then a task: the article is painted before the index (megabytes at archive scale) is parsed.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setAfterFirstPaint(true), 50);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  const loadedIndex = useQuery({ ...corpusIndexQuery, enabled: afterFirstPaint }).data;
  // Not before the first paint even when another part of the page has loaded it: the article's first render is
  // the one its page was built with, names as the article gives them.
  return afterFirstPaint ? loadedIndex : undefined;
}
