import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { corpusDirFromEnv } from './src/pipeline/build-data.ts';
import { dataDirFromEnv } from './src/pipeline/data-folder.ts';
import { SECURITY_HEADERS } from './src/pipeline/security-headers.ts';
import { quotelineCorpus } from './src/pipeline/vite-plugin.ts';

// `vite build --strict` (or QUOTELINE_STRICT=1) fails the build on any malformed article instead of
// publishing the others.
const strict = process.argv.includes('--strict') || process.env.QUOTELINE_STRICT === '1';

export default defineConfig({
  plugins: [react(), tailwindcss(), quotelineCorpus({ corpusDir: corpusDirFromEnv(), dataDir: dataDirFromEnv(), strict })],
  // The production build is served with a strict Content-Security-Policy; the dev server needs inline scripts.
  preview: { port: 4173, strictPort: true, headers: SECURITY_HEADERS },
  build: { target: 'es2022', chunkSizeWarningLimit: 600 },
  // The library's worker (features/library/worker) is a module worker, as the app's code is.
  worker: { format: 'es' },
});
