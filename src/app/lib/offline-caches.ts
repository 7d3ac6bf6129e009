import { DATA_ROOT } from '../../core/schema.ts';

/**
 * What the service worker keeps for reading offline (its rules: pipeline/offline-app.ts), named here because the
 * app reads the same caches: the About page counts them, and what was opened before the worker took over is
 * added to them (lib/service-worker.ts).
 */
export const OFFLINE_CACHES = {
  /** Content-hashed data files (`data/v3/**.<hash>.json`): a name never changes content, so kept for good. */
  data: 'quoteline-data',
  /** data/v3/manifest.json, the one data file without a hash in its name. */
  manifest: 'quoteline-manifest',
  /** Pages the reader opened: prebuilt articles, speakers, the timeline, and the shell at any other address. */
  pages: 'quoteline-pages',
} as const;

/** A published data file named by a hash of its content; manifest.json and report.json are not. */
export const HASHED_DATA_FILE = new RegExp(`/${DATA_ROOT}/.+\\.[A-Za-z0-9_-]{8,}\\.json$`);
export const DATA_MANIFEST_FILE = new RegExp(`/${DATA_ROOT}/manifest\\.json$`);
