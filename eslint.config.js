// @ts-check
// The rules the code holds itself to, run by `npm run lint` (part of `npm test`): typescript-eslint, the rules of
// hooks, accessibility of the JSX, and the import boundaries that keep the three parts of src/ apart.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Every folder of src/app/features is a feature: a new one is fenced off from the others without a change here. */
const FEATURES = readdirSync(new URL('./src/app/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * Who may import whom. core is pure and knows nothing of the rest; the app never reaches into the build side;
 * a feature never imports another feature (what two share lives in app/components, app/lib or app/data); the
 * shared parts of the app never import the features or the app's frame; no source file imports a test.
 */
const boundaries = [
  { target: './src/core', from: ['./src/app', './src/pipeline', './src/cli', './src/bench'], message: 'core is pure: it imports neither the app, the pipeline nor the CLI.' },
  { target: './src/app', from: ['./src/pipeline', './src/cli', './src/bench'], message: 'The app runs in the browser: it never imports the pipeline or the CLI.' },
  ...FEATURES.map((feature) => ({
    target: `./src/app/features/${feature}`,
    from: './src/app/features',
    except: [`./${feature}`],
    message: 'Features do not import each other: move what both need to app/components, app/lib or app/data.',
  })),
  {
    target: ['./src/app/components', './src/app/lib', './src/app/data'],
    from: ['./src/app/features', './src/app/layout', './src/app/router.tsx', './src/app/main.tsx', './src/app/prerender.tsx'],
    message: 'Shared code of the app imports neither the features nor the app frame: imports go app → features → shared.',
  },
  { target: './src', from: './tests', message: 'Source never imports a test file: move what it needs into src/.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.cache/**', 'coverage/**', 'data/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
      'import-x/no-cycle': 'off',
      // `void promise` marks a promise deliberately not awaited (a navigation, a prefetch).
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The router is told to redirect or answer "not found" by throwing what redirect() and notFound() return.
      '@typescript-eslint/only-throw-error': [
        'error',
        { allow: [{ from: 'package', package: '@tanstack/router-core', name: ['Redirect', 'NotFoundError'] }] },
      ],
    },
  },
  {
    files: ['tests/**'],
    rules: {
      // expect.any(), expect.stringMatching() and the like are typed `any` by vitest.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    // These tests damage published JSON by hand to show that the data contract (src/core/schema/) refuses it: the
    // parsed files are untyped on purpose, since the point is to put in them what their types forbid.
    files: ['tests/core/schema/**', 'tests/app/data/fetch-json.test.tsx', 'tests/browser/data-errors.test.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    ...jsxA11y.flatConfigs.recommended,
    files: ['src/app/**/*.tsx', 'tests/app/**/*.tsx'],
  },
  {
    ...reactHooks.configs.flat.recommended,
    files: ['src/app/**/*.{ts,tsx}', 'tests/app/**/*.{ts,tsx}'],
  },
  {
    ...tseslint.configs.disableTypeChecked,
    files: ['**/*.{js,mjs}'],
    // Plain JavaScript here is Node scripts and this config.
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
