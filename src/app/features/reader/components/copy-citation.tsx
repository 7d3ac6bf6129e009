import { useId } from 'react';
import { accessDay, CITATION_STYLES, type CitationStyle } from '../../../lib/citation.ts';
import { copyText } from '../lib/share.ts';

const button =
  'rounded border border-stone-500 px-2 py-1 text-sm font-medium hover:bg-stone-200 focus-visible:outline-2 focus-visible:outline-offset-2 dark:border-stone-400 dark:hover:bg-stone-800';

/**
 * "Copy with citation: APA, MLA, Chicago". `cite` gives the text in a style for today's date (MLA's access date);
 * the outcome goes to `onResult`, which the view shows in its status line (a live region).
 */
export function CopyCitation({ cite, what, onResult }: { cite: (style: CitationStyle, accessed: string) => string; what: string; onResult: (message: string) => void }) {
  const labelId = useId();
  const copy = async (style: CitationStyle, label: string) => {
    const text = cite(style, accessDay(new Date()));
    onResult((await copyText(text)) ? `${what} with ${label} citation copied.` : `Could not copy; the ${label} citation is: ${text}`);
  };
  return (
    <span role="group" aria-labelledby={labelId} className="inline-flex flex-wrap items-center gap-2">
      <span id={labelId} className="text-sm font-medium">
        Copy with citation
      </span>
      {CITATION_STYLES.map(({ style, label }) => (
        <button key={style} type="button" className={button} onClick={() => void copy(style, label)}>
          {label}
        </button>
      ))}
    </span>
  );
}
