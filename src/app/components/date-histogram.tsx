import { memo, useCallback, useId, useMemo, useState } from 'react';
import type { SpeakerId } from '../../core/model.ts';
import type { ArticleSummary } from '../../core/schema.ts';
import { binLabel, histogram, unitFor, type Bin, type BinUnit } from '../lib/histogram.ts';
import { plural } from '../lib/format.ts';
import { speakerStyle } from '../lib/speaker-style.ts';

type Measure = 'articles' | 'quotes';

interface Props {
  /** Articles under every filter but the date range. */
  articles: readonly ArticleSummary[];
  /** The span shown: the chosen range, else the whole corpus. */
  from: string;
  to: string;
  selected: { from?: string; to?: string };
  onSelect: (range: { from: string; to: string }) => void;
  /**
   * Speakers charted each on their own: one on a speaker's page, two or three compared on the timeline. Without
   * them, the chart counts every article given.
   */
  speakers?: readonly { id: SpeakerId; name: string }[];
  /** The bin size; by default the finest that keeps the span readable. */
  unit?: BinUnit;
  initialMeasure?: Measure;
}

const HEIGHT = 80;

/**
 * How each series is drawn besides its colour, so that colour is never the only cue (two speakers may even share
 * one): solid, striped, outlined. The legend draws the same marks beside each name.
 */
const MARKS = ['solid', 'striped', 'outlined'] as const;
type Mark = (typeof MARKS)[number];

function caption(measure: Measure, speakers: Props['speakers'], unit: BinUnit): string {
  const who = !speakers?.length ? null : speakers.length === 1 ? speakers[0]!.name : 'each speaker';
  if (measure === 'articles') return `${who ? `Articles quoting ${who}` : 'Articles'} per ${unit}`;
  return `${who ? `Quotes by ${who}` : 'Quotes'} per ${unit}`;
}

/**
 * Articles (or quotes) over time, for the whole list or for each of a few speakers side by side; drag across the
 * bars to choose a date range. The table under it holds the same numbers, and its periods are the keyboard way
 * to choose one (as are the From and To fields beside the timeline).
 */
export const DateHistogram = memo(function DateHistogram({ articles, from, to, selected, onSelect, speakers, unit: fixedUnit, initialMeasure = 'articles' }: Props) {
  const [measure, setMeasure] = useState<Measure>(initialMeasure);
  const unit = fixedUnit ?? unitFor(from, to);
  const ids = useMemo(() => speakers?.map((s) => s.id), [speakers]);
  const bins = useMemo(() => histogram(articles, from, to, unit, ids), [articles, from, to, unit, ids]);
  const [drag, setDrag] = useState<{ a: number; b: number } | null>(null);
  const patternId = useId();
  const series = speakers?.length ? speakers.map((s, k) => ({ ...s, style: speakerStyle(s.id), mark: MARKS[k % MARKS.length]! })) : null;
  const max = Math.max(1, ...bins.flatMap((b) => b.counts.map((c) => c[measure])));
  const width = Math.max(bins.length, 1);

  const binAt = (event: React.PointerEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return Math.min(bins.length - 1, Math.max(0, Math.floor(((event.clientX - box.left) / box.width) * bins.length)));
  };
  const lo = drag ? Math.min(drag.a, drag.b) : -1;
  const hi = drag ? Math.max(drag.a, drag.b) : -1;
  const anySelection = Boolean(drag || selected.from || selected.to);
  const inSelection = (i: number) => {
    const bin = bins[i];
    if (drag) return i >= lo && i <= hi;
    return Boolean(bin && (selected.from || selected.to) && bin.end >= (selected.from ?? '') && bin.start <= (selected.to ?? '9999'));
  };
  const totals = (series ?? [null]).map((_, k) => bins.reduce((n, b) => n + (b.counts[k]?.[measure] ?? 0), 0));
  const title = caption(measure, speakers, unit);
  const summary = series
    ? `${series.map((s, k) => `${s.name}: ${plural(totals[k] ?? 0, measure.slice(0, -1))}`).join('; ')}, in ${plural(bins.length, unit)}`
    : `${plural(totals[0] ?? 0, measure.slice(0, -1))} in ${plural(bins.length, unit)}`;
  const choose = useCallback((bin: Bin) => onSelect({ from: bin.start < from ? from : bin.start, to: bin.end > to ? to : bin.end }), [onSelect, from, to]);
  // One column per compared speaker, by name; a single series is named by what it counts (the caption names who).
  const columns = useMemo(() => (speakers && speakers.length > 1 ? speakers.map((s) => s.name) : [measure === 'articles' ? 'Articles' : 'Quotes']), [speakers, measure]);

  return (
    <figure className="mb-4" data-histogram={series ? 'speakers' : 'articles'}>
      <div className="mb-1 flex flex-wrap items-center justify-between gap-2 text-sm">
        <figcaption>
          {title}, {bins[0]?.start ?? from} to {to}
          {series && measure === 'quotes' && series.length > 1 && <span className="text-stone-700 dark:text-stone-300"> (a quote said jointly counts for each of its speakers)</span>}
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
      {series && series.length > 1 && (
        <ul aria-label="Speakers compared" className="mb-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {series.map((s, k) => (
            <li key={s.id} className="flex items-center gap-1.5" data-series={s.id}>
              <svg aria-hidden="true" viewBox="0 0 16 12" className="h-3 w-4">
                <SeriesMark x={0} width={16} y={0} height={12} fill={s.style.chart.fill} stroke={s.style.chart.stroke} mark={s.mark} pattern={`${patternId}-${k}`} />
              </svg>
              <span aria-hidden="true">{s.style.shape}</span>
              {s.name} <span className="text-stone-700 dark:text-stone-300">({s.mark})</span>
            </li>
          ))}
        </ul>
      )}
      <svg
        role="img"
        aria-label={`${summary}; drag across the chart to choose a date range, or choose a period in the table below`}
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
        {series && (
          <defs>
            {series.map((s, k) => (
              // Horizontal stripes: the chart is stretched sideways only, so they keep their spacing.
              <pattern key={s.id} id={`${patternId}-${k}`} width="1" height="4" patternUnits="userSpaceOnUse">
                <rect width="1" height="2" className={s.style.chart.fill} />
              </pattern>
            ))}
          </defs>
        )}
        {bins.map((bin, i) => {
          const label = `${bin.start}${bin.end !== bin.start ? ` to ${bin.end}` : ''}`;
          if (!series) {
            const h = ((bin.counts[0]?.[measure] ?? 0) / max) * (HEIGHT - 2);
            return (
              <rect key={bin.start} x={i + 0.1} width={0.8} y={HEIGHT - h} height={h} className={inSelection(i) ? 'fill-sky-700 dark:fill-sky-300' : 'fill-stone-400 dark:fill-stone-500'}>
                <title>{`${label}: ${bin.counts[0]?.[measure] ?? 0} ${measure}`}</title>
              </rect>
            );
          }
          const band = 0.8 / series.length;
          return (
            <g key={bin.start} className={anySelection && !inSelection(i) ? 'opacity-40' : undefined}>
              <title>{`${label}: ${series.map((s, k) => `${s.name} ${bin.counts[k]?.[measure] ?? 0}`).join(', ')} ${measure}`}</title>
              {series.map((s, k) => {
                const h = ((bin.counts[k]?.[measure] ?? 0) / max) * (HEIGHT - 2);
                return h > 0 ? (
                  <SeriesMark key={s.id} x={i + 0.1 + k * band} width={band} y={HEIGHT - h} height={h} fill={s.style.chart.fill} stroke={s.style.chart.stroke} mark={s.mark} pattern={`${patternId}-${k}`} />
                ) : null;
              })}
            </g>
          );
        })}
      </svg>
      <HistogramTable bins={bins} unit={unit} measure={measure} title={title} columns={columns} onChoose={choose} />
    </figure>
  );
});

function SeriesMark({ x, width, y, height, fill, stroke, mark, pattern }: { x: number; width: number; y: number; height: number; fill: string; stroke: string; mark: Mark; pattern: string }) {
  if (mark === 'solid') return <rect x={x} width={width} y={y} height={height} className={fill} />;
  if (mark === 'striped') return <rect x={x} width={width} y={y} height={height} fill={`url(#${pattern})`} strokeWidth={1} vectorEffect="non-scaling-stroke" className={stroke} />;
  return <rect x={x} width={width} y={y} height={height} strokeWidth={2} vectorEffect="non-scaling-stroke" className={`fill-none ${stroke}`} />;
}

/**
 * The chart's numbers as a table, for screen readers and for anyone who wants the figures; each period with
 * something in it is a button that narrows the view to it. Closed by default, and there without a script.
 */
const HistogramTable = memo(function HistogramTable({ bins, unit, measure, title, columns, onChoose }: { bins: Bin[]; unit: BinUnit; measure: Measure; title: string; columns: string[]; onChoose: (bin: Bin) => void }) {
  return (
    <details className="mt-1 text-sm">
      <summary className="cursor-pointer font-medium text-sky-800 underline dark:text-sky-300">Table of the chart</summary>
      <table className="mt-1 w-full max-w-xl border-collapse text-left tabular-nums">
        <caption className="text-left text-stone-700 dark:text-stone-300">{title}; choose a period to show only it</caption>
        <thead>
          <tr>
            <th scope="col" className="border-b border-stone-400 py-1 pr-3 capitalize">
              {unit}
            </th>
            {columns.map((c, k) => (
              <th key={`${k}-${c}`} scope="col" className="border-b border-stone-400 py-1 pr-3">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {bins.map((bin) => {
            const label = binLabel(bin, unit);
            return (
              <tr key={bin.start}>
                <th scope="row" className="py-0.5 pr-3 font-normal">
                  {bin.counts.some((c) => c[measure] > 0) ? (
                    <button type="button" className="text-sky-800 underline dark:text-sky-300" onClick={() => onChoose(bin)}>
                      {label}
                    </button>
                  ) : (
                    label
                  )}
                </th>
                {bin.counts.map((c, k) => (
                  <td key={k} className="py-0.5 pr-3">
                    {c[measure]}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
});
