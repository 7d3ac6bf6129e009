import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createCanvas, GlobalFonts, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { cardPath, clip, SITE_DESCRIPTION, SITE_NAME, type Card } from '../app/lib/share-preview.ts';

/** The layout's own units: Open Graph's and Twitter's large image, 1.91:1. */
const LAYOUT_WIDTH = 1200;
const LAYOUT_HEIGHT = 630;
/**
 * The published size: half the layout, the smallest that both still show as a large preview. PNG encoding is
 * nearly all of a card's cost and grows with its pixels; at 1200×630 the cards of the bundled corpus alone took
 * minutes on a 2-core machine (see the build's output and README).
 */
const SCALE = 0.5;
export const CARD_WIDTH = LAYOUT_WIDTH * SCALE;
export const CARD_HEIGHT = LAYOUT_HEIGHT * SCALE;
/** Part of every cached card's key: change it when the layout changes, and every card is drawn anew. */
const LAYOUT_VERSION = 1;

const PAD = 72;
const TEXT_WIDTH = LAYOUT_WIDTH - 2 * PAD;
const INK = '#1c1917'; // stone-900 on stone-50: contrast 16:1
const MUTED = '#44403c'; // stone-700: 9.6:1
const ACCENT = '#075985'; // sky-800, the app's link colour

let fontsReady = false;
/** The app's faces, from npm (@fontsource), Latin and Latin Extended: no network, and the same on every machine. */
function registerFonts(): void {
  if (fontsReady) return;
  const require = createRequire(import.meta.url);
  const face = (pkg: string, file: string) => readFileSync(path.join(path.dirname(require.resolve(`${pkg}/package.json`)), 'files', file));
  for (const subset of ['latin', 'latin-ext']) {
    GlobalFonts.register(face('@fontsource/source-serif-4', `source-serif-4-${subset}-400-normal.woff2`), 'Card Serif');
    GlobalFonts.register(face('@fontsource/inter', `inter-${subset}-400-normal.woff2`), 'Card Sans');
    GlobalFonts.register(face('@fontsource/inter', `inter-${subset}-700-normal.woff2`), 'Card Sans Bold');
  }
  fontsReady = true;
}

/** The words of `text` in lines no wider than `width`, at most `max` of them, the last cut with an ellipsis. */
function wrap(ctx: SKRSContext2D, text: string, width: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const longer = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(longer).width > width) {
      lines.push(line);
      line = word;
    } else line = longer;
  }
  if (line) lines.push(line);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = `${kept[max - 1]}…`;
  while (ctx.measureText(last).width > width && last.includes(' ')) last = `${last.slice(0, last.lastIndexOf(' '))}…`;
  kept[max - 1] = last;
  return kept;
}

/** One line, cut with an ellipsis where it would overflow. */
const oneLine = (ctx: SKRSContext2D, text: string, width: number) => wrap(ctx, text, width, 1)[0] ?? '';

/** Draws lines from `top`, returning where the next line would start. */
function drawLines(ctx: SKRSContext2D, lines: readonly string[], top: number, lineHeight: number): number {
  lines.forEach((line, i) => ctx.fillText(line, PAD, top + i * lineHeight));
  return top + lines.length * lineHeight;
}

/** The largest size from `sizes` (largest first) at which `text` fits `height` pixels, and its lines. */
function fit(ctx: SKRSContext2D, text: string, family: string, sizes: readonly number[], height: number): { size: number; lineHeight: number; lines: string[] } {
  for (const size of sizes) {
    ctx.font = `${size}px "${family}"`;
    const lineHeight = Math.round(size * 1.25);
    const lines = wrap(ctx, text, TEXT_WIDTH, Number.MAX_SAFE_INTEGER);
    if (lines.length * lineHeight <= height) return { size, lineHeight, lines };
  }
  const size = sizes[sizes.length - 1]!;
  const lineHeight = Math.round(size * 1.25);
  ctx.font = `${size}px "${family}"`;
  return { size, lineHeight, lines: wrap(ctx, text, TEXT_WIDTH, Math.max(1, Math.floor(height / lineHeight))) };
}

const FOOTER_LINE = 34;
/** The footer lines at the bottom: muted, small, each on one line. Returns the top of the footer. */
function footer(ctx: SKRSContext2D, lines: readonly (string | null)[]): number {
  ctx.font = '24px "Card Sans"';
  ctx.fillStyle = MUTED;
  const shown = lines.filter((l): l is string => Boolean(l));
  const lastBaseline = LAYOUT_HEIGHT - PAD + 8;
  shown.forEach((line, i) => ctx.fillText(oneLine(ctx, line, TEXT_WIDTH), PAD, lastBaseline - (shown.length - 1 - i) * FOOTER_LINE));
  ctx.fillStyle = INK;
  return lastBaseline - (shown.length - 1) * FOOTER_LINE - 24;
}

function draw(card: Card | null): Canvas {
  registerFonts();
  const canvas = createCanvas(CARD_WIDTH, CARD_HEIGHT);
  const ctx = canvas.getContext('2d');
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = '#fafaf9';
  ctx.fillRect(0, 0, LAYOUT_WIDTH, LAYOUT_HEIGHT);
  ctx.fillStyle = ACCENT;
  ctx.fillRect(0, 0, 16, LAYOUT_HEIGHT);
  ctx.textBaseline = 'alphabetic';
  ctx.font = '28px "Card Sans Bold"';
  ctx.fillText(SITE_NAME, PAD, PAD + 20);
  ctx.fillStyle = INK;
  if (!card) {
    ctx.font = '56px "Card Serif"';
    drawLines(ctx, wrap(ctx, SITE_DESCRIPTION.replace(`${SITE_NAME}: `, ''), TEXT_WIDTH, 3), 250, 72);
  } else if (card.kind === 'quote') {
    // Bottom up: the footer, the speaker above it, and the quote as large as fits the space left.
    const footerTop = footer(ctx, [`${card.date} · ${card.source}`, clip(`In “${card.title}”`, 120), card.credit && `Text: ${card.credit}`]);
    const speakerBaseline = footerTop - 28;
    ctx.font = '36px "Card Sans Bold"';
    ctx.fillText(oneLine(ctx, `— ${card.speaker}`, TEXT_WIDTH), PAD, speakerBaseline);
    const top = PAD + 64;
    const quote = fit(ctx, `“${card.quote}”`, 'Card Serif', [56, 48, 42, 36, 32, 28], speakerBaseline - 60 - top);
    drawLines(ctx, quote.lines, top + quote.size, quote.lineHeight);
  } else if (card.kind === 'article') {
    const footerTop = footer(ctx, [`${card.date} · ${card.source} · ${card.quotes}`, card.credit && `Text: ${card.credit}`]);
    const top = PAD + 80;
    const title = fit(ctx, card.title, 'Card Serif', [64, 56, 48, 42, 36], footerTop - 40 - top);
    drawLines(ctx, title.lines, top + title.size, title.lineHeight);
  } else {
    const footerTop = footer(ctx, [card.dates]);
    const top = PAD + 110;
    const name = fit(ctx, card.name, 'Card Sans Bold', [80, 64, 52, 44], footerTop - 150 - top);
    const bottom = drawLines(ctx, name.lines, top + name.size, name.lineHeight);
    ctx.font = '36px "Card Serif"';
    ctx.fillStyle = MUTED;
    drawLines(ctx, wrap(ctx, card.what, TEXT_WIDTH, 2), bottom + 30, 46);
  }
  return canvas;
}

/** A card as PNG bytes: for a page's card, or the site's own (null). */
export function renderCard(card: Card | null): Promise<Buffer> {
  return draw(card).encode('png');
}

export interface CardRun {
  drawn: number;
  fromCache: number;
  /** Pages shown with another card (a quote: its article's; an article or a speaker: the site's), past the budget. */
  borrowed: number;
  ms: number;
}

/**
 * How many cards a build draws anew (cards already in the cache cost nothing and are always used), in the order
 * the pages are built: the site's, the articles' and the quotes' newest first, then the speakers' most quoted
 * first. A card costs about 11 ms of CPU; this keeps the bundled corpus's build within its time budget on a 2-core
 * machine. A page past it shows another card: a quote its article's, an article or a speaker the site's; a later
 * build on the same cache draws the next ones. QUOTELINE_NEW_CARDS changes it.
 */
export const NEW_CARDS_PER_BUILD = 2_000;

export function newCardsFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.QUOTELINE_NEW_CARDS?.trim();
  if (!raw) return NEW_CARDS_PER_BUILD;
  if (!/^\d+$/.test(raw)) throw new Error(`QUOTELINE_NEW_CARDS must be a whole number of cards: ${JSON.stringify(raw)}`);
  return Number(raw);
}

const cacheKey = (card: Card | null) => createHash('sha256').update(JSON.stringify([LAYOUT_VERSION, CARD_WIDTH, card])).digest('base64url').slice(0, 32);

/**
 * Writes cards under `outDir` as they are added, a few at a time (PNG encoding runs off the main thread, so pages
 * keep rendering meanwhile). A card already drawn with the same words and layout is copied from `cacheDir`
 * (`.cache/cards/`, keyed by a hash of both), so a rebuild draws only the cards whose words changed.
 */
export function cardWriter(outDir: string, cacheDir: string, options: { newCards: number; inFlight?: number }) {
  const inFlight = options.inFlight ?? 2;
  let budget = options.newCards;
  const queue: (Card | null)[] = [];
  const seen = new Set<string>();
  const started = performance.now();
  const run: CardRun = { drawn: 0, fromCache: 0, borrowed: 0, ms: 0 };
  let active = 0;
  let failure: Error | null = null;
  let idle: (() => void) | null = null;
  const folders = new Set<string>();

  const one = async (card: Card | null) => {
    const target = path.join(outDir, cardPath(card));
    const cached = path.join(cacheDir, `${cacheKey(card)}.png`);
    const folder = path.dirname(target);
    if (!folders.has(folder)) {
      await mkdir(folder, { recursive: true });
      folders.add(folder);
    }
    if (await copyFile(cached, target).then(() => true, () => false)) {
      run.fromCache++;
      return;
    }
    const png = await renderCard(card);
    await writeFile(target, png);
    await mkdir(cacheDir, { recursive: true });
    await writeFile(cached, png);
    run.drawn++;
  };
  const pump = () => {
    while (active < inFlight && queue.length) {
      const card = queue.shift()!;
      active++;
      void one(card)
        .catch((error: unknown) => (failure ??= error instanceof Error ? error : new Error(String(error))))
        .finally(() => {
          active--;
          pump();
          if (active === 0 && queue.length === 0) idle?.();
        });
    }
  };
  return {
    /**
     * Queues a page's card (null: the site's, always drawn), once per file, and says which card the page shows:
     * its own, or past the budget another (a quote its article's, which the article's page queued before).
     */
    add(card: Card | null): string {
      const file = cardPath(card);
      if (seen.has(file)) return file;
      if (card && !existsSync(path.join(cacheDir, `${cacheKey(card)}.png`))) {
        if (budget <= 0) {
          run.borrowed++;
          const other = card.kind === 'quote' ? cardPath({ kind: 'article', id: card.article }) : cardPath(null);
          return seen.has(other) ? other : cardPath(null);
        }
        budget--;
      }
      seen.add(file);
      queue.push(card);
      pump();
      return file;
    },
    /** Waits for every queued card; fails if any could not be drawn. */
    async done(): Promise<CardRun> {
      if (active > 0 || queue.length > 0) await new Promise<void>((resolve) => (idle = resolve));
      if (failure) throw failure;
      run.ms = performance.now() - started;
      return run;
    },
  };
}
