import { hash53 } from '../../core/ids.ts';

/**
 * Each speaker keeps one colour and one marker shape everywhere in the app. The shape is the cue that does not
 * depend on colour; the classes pair each background with a text colour that passes WCAG AA in both themes.
 */
const PALETTE = [
  'bg-sky-100 text-sky-950 border-sky-700 dark:bg-sky-900 dark:text-sky-50 dark:border-sky-300',
  'bg-amber-100 text-amber-950 border-amber-700 dark:bg-amber-900 dark:text-amber-50 dark:border-amber-300',
  'bg-emerald-100 text-emerald-950 border-emerald-700 dark:bg-emerald-900 dark:text-emerald-50 dark:border-emerald-300',
  'bg-rose-100 text-rose-950 border-rose-700 dark:bg-rose-900 dark:text-rose-50 dark:border-rose-300',
  'bg-violet-100 text-violet-950 border-violet-700 dark:bg-violet-900 dark:text-violet-50 dark:border-violet-300',
  'bg-lime-100 text-lime-950 border-lime-700 dark:bg-lime-900 dark:text-lime-50 dark:border-lime-300',
  'bg-orange-100 text-orange-950 border-orange-700 dark:bg-orange-900 dark:text-orange-50 dark:border-orange-300',
  'bg-teal-100 text-teal-950 border-teal-700 dark:bg-teal-900 dark:text-teal-50 dark:border-teal-300',
] as const;

/**
 * The same colours for marks in a chart (fill and outline), one per palette entry: the 700 shade on the light
 * background and the 300 on the dark one keep 3:1 against it, as a graphic needs.
 */
const CHART = [
  { fill: 'fill-sky-700 dark:fill-sky-300', stroke: 'stroke-sky-700 dark:stroke-sky-300' },
  { fill: 'fill-amber-700 dark:fill-amber-300', stroke: 'stroke-amber-700 dark:stroke-amber-300' },
  { fill: 'fill-emerald-700 dark:fill-emerald-300', stroke: 'stroke-emerald-700 dark:stroke-emerald-300' },
  { fill: 'fill-rose-700 dark:fill-rose-300', stroke: 'stroke-rose-700 dark:stroke-rose-300' },
  { fill: 'fill-violet-700 dark:fill-violet-300', stroke: 'stroke-violet-700 dark:stroke-violet-300' },
  { fill: 'fill-lime-700 dark:fill-lime-300', stroke: 'stroke-lime-700 dark:stroke-lime-300' },
  { fill: 'fill-orange-700 dark:fill-orange-300', stroke: 'stroke-orange-700 dark:stroke-orange-300' },
  { fill: 'fill-teal-700 dark:fill-teal-300', stroke: 'stroke-teal-700 dark:stroke-teal-300' },
] as const;

const SHAPES = ['●', '■', '▲', '◆', '★', '⬟', '▼', '⬢'] as const;

export interface SpeakerStyle {
  className: string;
  shape: string;
  /** Fill and stroke classes for the speaker's marks in a chart. */
  chart: { fill: string; stroke: string };
}

const UNKNOWN: SpeakerStyle = {
  className: 'bg-stone-200 text-stone-950 border-stone-600 dark:bg-stone-700 dark:text-stone-50 dark:border-stone-300',
  shape: '○',
  chart: { fill: 'fill-stone-600 dark:fill-stone-300', stroke: 'stroke-stone-600 dark:stroke-stone-300' },
};

export function speakerStyle(speakerId: string | null | undefined): SpeakerStyle {
  if (!speakerId) return UNKNOWN;
  const h = hash53(speakerId);
  return {
    className: PALETTE[h % PALETTE.length] as string,
    shape: SHAPES[Math.floor(h / PALETTE.length) % SHAPES.length] as string,
    chart: CHART[h % CHART.length]!,
  };
}
