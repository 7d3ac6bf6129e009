import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Three projects: the pure core and Node pipeline (node), the React app (jsdom), and the browser tests,
// which drive Debian's Chromium against the production build and so run alone, one file at a time.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          // prerender.tsx runs in Node at build time, so its test runs there too, without a DOM.
          include: ['tests/core/**/*.test.ts', 'tests/pipeline/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/app/prerender.test.ts'],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'app',
          environment: 'jsdom',
          include: ['tests/app/**/*.test.{ts,tsx}'],
          exclude: ['tests/app/prerender.test.ts'],
          setupFiles: ['tests/app/setup.ts'],
        },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
