/**
 * The published data format: one module per file type, with its validator, in schema/ (see schema/index.ts).
 * This file is the entry point the rest of the code imports, so that it need not know the folder's layout.
 */
export * from './schema/index.ts';
