// Lint: TypeScript rules plus the import boundaries of docs/architecture.md: the platform knows no
// slice, a slice reaches another only by its public index, deciders stay pure, apps never import apps.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';

// The public faces: a slice by @ledger/<slice>, a platform part by @ledger/platform/<part>.
const SLICE_BY_INDEX = { regex: '^@ledger/(?!platform/)[^/]+/.+', message: 'Import a slice or lib by its public index (@ledger/<slice>).' };
const PLATFORM_BY_INDEX = { regex: '^@ledger/platform/[^/]+/.+', message: 'Import a platform part by its public index.' };
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'apps/web/dist/**', 'coverage/**', '.data/**', '**/*.mjs', '**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // The web UI: React's rules of hooks on top of the TypeScript rules.
    files: ['apps/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // The pure core of each slice: deciders, their commands and events, and the kernel.
    files: ['libs/ledger/kernel/**/*.ts', 'libs/ledger/*/*.decider.ts', 'libs/ledger/*/*.commands.ts', 'libs/ledger/*/*.events.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      ...restrict(
        { group: ['@nestjs/*', 'typeorm', 'typeorm/*', 'pg', 'pg-*', '@ledger/platform/*'], message: 'Deciders are pure: no framework, database or platform imports.' },
        { regex: '^@ledger/[^/]+/.+', message: 'Import another slice by its public index (@ledger/<slice>).' },
        { regex: '^\\.\\./', message: 'A slice reaches another only through its public index (@ledger/<slice>).' },
      ),
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Time comes in on the command; do not read the clock in the domain.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Time comes in on the command; do not read the clock in the domain.' },
      ],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Ids come in on the command.' }],
    },
  },
  {
    // The platform knows no feature.
    files: ['libs/platform/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      ...restrict(
        { regex: '^@ledger/(?!platform/)', message: 'The platform knows no ledger slice: take what it needs as a parameter.' },
        PLATFORM_BY_INDEX,
        { regex: '^(\\.\\./)+(ledger|apps)/', message: 'The platform knows no ledger slice and no app.' },
        { regex: '^(\\.\\./){2,}(?!\\.)', message: 'Another platform part only through @ledger/platform/<part>.' },
      ),
    },
  },
  {
    // A slice: the platform and other slices' public index, nothing else of ours.
    files: ['libs/ledger/*/*.ts'],
    ignores: ['libs/ledger/kernel/**', '**/*.decider.ts', '**/*.commands.ts', '**/*.events.ts', '**/*.spec.ts'],
    rules: {
      ...restrict(
        SLICE_BY_INDEX,
        PLATFORM_BY_INDEX,
        { regex: '^\\.\\./', message: 'A slice reaches another only through its public index (@ledger/<slice>).' },
      ),
    },
  },
  {
    files: ['libs/ledger/*/*/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      ...restrict(
        SLICE_BY_INDEX,
        PLATFORM_BY_INDEX,
        { regex: '^\\.\\./\\.\\./', message: 'A slice reaches another only through its public index (@ledger/<slice>).' },
      ),
    },
  },
  {
    // Apps compose libs by their public faces; an app never imports another app (the seed's
    // runner and data loader are a lib, @ledger/seed; the CLI reaches the API over HTTP).
    // The web is a separate build with its own src/api folder.
    files: ['apps/**/*.ts'],
    ignores: ['apps/web/**'],
    rules: {
      ...restrict(
        SLICE_BY_INDEX,
        PLATFORM_BY_INDEX,
        { regex: '^(\\.\\./)+(api|cli|projector|seed|web)(/|$)', message: 'An app never imports another app.' },
      ),
    },
  },
);
