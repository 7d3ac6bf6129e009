import { memo, useMemo, useState } from 'react';
import type { ArticleSummary } from '../../../../core/schema.ts';
import { histogram, unitFor } from '../lib/histogram.ts';

interface Props {
  /** Articles under every filter but the date range. */
  articles: ArticleSummary[];
  /** The span shown: the chosen range, else the whole corpus. */
  from: string;
  to: string;
  selected: { from?: string; to?: string };
  onSelect: (range: { from: string; to: string }) => void;
}

const HEIGHT = 80;

/**
 * Articles (or quotes) over time; drag across the bars to choose a date range. The From and To fields beside it
 * are the keyboard way to do the same.
 */
export const DateHistogram = memo(function DateHistogram({ articles, from, to, selected, onSelect }: Props) {
  const [measure, setMeasure] = useState<'articles' | 'quotes'>('articles');
  const unit = unitFor(from, to);
  const bins = useMemo(() => histogram(articles, from, to, unit), [articles, from, to, unit]);
  const [drag, setDrag] = useState<{ a: number; b: number } | null>(null);
  const max = Math.max(1, ...bins.map((b) => b[measure]));
  const width = Math.max(bins.length, 1);

  const binAt = (event: React.PointerEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return Math.min(bins.length - 1, Math.max(0, Math.floor(((event.clientX - box.left) / box.width) * bins.length)));
  };
  const lo = drag ? Math.min(drag.a, drag.b) : -1;
  const hi = drag ? Math.max(drag.a, drag.b) : -1;
  const inSelection = (i: number) => {
    const bin = bins[i];
    if (drag) return i >= lo && i <= hi;
    return Boolean(bin && (selected.from || selected.to) && bin.end >= (selected.from ?? '') && bin.start <= (selected.to ?? '9999'));
  };
  const total = bins.reduce((n, b) => n + b[measure], 0);

  return (
    <figure className="mb-4">
      <div className="mb-1 flex items-center justify-between gap-2 text-sm">
        <figcaption>
          {measure === 'articles' ? 'Articles' : 'Quotes'} per {unit}, {bins[0]?.start ?? from} to {to}
        </figcaption>
        <div role="group" aria-label="Count" className="flex gap-1">
          {(['articles', 'quotes'] as const).map((m) => (
            <button
              key={m}
              type="button"
              aria-pressed={measure === m}
              onClick={() => setMeasure(m)}
              className={`rounded border px-2 py-0.5 ${measure === m ? 'border-sky-800 bg-sky-800 text-white' : 'border-stone-400 dark:border-stone-500'}`}
            >
              {m}
            </button>
          ))}
        </div>
      </div>
      <svg
        role="img"
        aria-label={`${total} ${measure} in ${bins.length} ${unit}s; drag across the chart to choose a date range`}
        viewBox={`0 0 ${width} ${HEIGHT}`}
        preserveAspectRatio="none"
        className="h-20 w-full cursor-crosshair touch-none select-none rounded bg-white dark:bg-stone-900"
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          const i = binAt(e);
          setDrag({ a: i, b: i });
        }}
        onPointerMove={(e) => drag && setDrag({ ...drag, b: binAt(e) })}
        onPointerUp={() => {
          if (!drag) return;
          const first = bins[lo];
          const last = bins[hi];
          setDrag(null);
          if (first && last) onSelect({ from: first.start < from ? from : first.start, to: last.end > to ? to : last.end });
        }}
        onPointerCancel={() => setDrag(null)}
      >
        {bins.map((bin, i) => {
          const h = (bin[measure] / max) * (HEIGHT - 2);
          return (
            <rect
              key={bin.start}
              x={i + 0.1}
              width={0.8}
              y={HEIGHT - h}
              height={h}
              className={inSelection(i) ? 'fill-sky-700 dark:fill-sky-300' : 'fill-stone-400 dark:fill-stone-500'}
            >
              <title>{`${bin.start}${bin.end !== bin.start ? ` to ${bin.end}` : ''}: ${bin[measure]} ${measure}`}</title>
            </rect>
          );
        })}
      </svg>
    </figure>
  );
});
