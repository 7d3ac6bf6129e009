import type { BuildReport } from '../../../../core/publish.ts';

/** One file the reader gave: its path as reports show it, and its bytes (a .txt, or a .zip of them). */
export interface LibraryInput {
  path: string;
  file: Blob;
}

/** A file given but not read as an article, and why: every file the reader gave is accounted for. */
export interface NotRead {
  path: string;
  reason: string;
}

/** A build is the files, in one or more `add` messages, then `build`; or an export on its own. */
export type LibraryRequest =
  | { type: 'add'; inputs: LibraryInput[] }
  | { type: 'build'; today: string }
  | { type: 'export' };

export type LibraryMessage =
  /** `msLeft` is null until enough files are done to tell. */
  | { type: 'progress'; phase: 'reading' | 'analysing' | 'saving'; done: number; total: number; current: string; msLeft: number | null }
  /** The build's report, its files those not published (skipped or duplicate). */
  | { type: 'built'; report: BuildReport; notRead: NotRead[]; ms: number }
  | { type: 'exported'; zip: Uint8Array<ArrayBuffer>; files: number }
  | { type: 'failed'; message: string };
