import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['.output', '.wxt', 'node_modules', 'demo-output', 'test-results', 'playwright-report', 'tests/fixtures'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      // `const { dropped: _x, ...rest } = row` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'no-empty-pattern': 'off',
    },
  },
  {
    // What the framed panel can reach (dependency-cruiser keeps it to these files) touches the
    // browser only through lib/browser/framed.ts: Firefox withholds the rest there (docs/firefox.md).
    files: [
      'entrypoints/panel/**/*.{ts,tsx}',
      'components/panel/**/*.{ts,tsx}',
      'components/*.{ts,tsx}',
      'lib/**/*.ts',
    ],
    // lib/calendar-page is the content scripts' and lib/capture the capture page's: the panel
    // reaches neither (dependency-cruiser's panel-stays-framable rule).
    ignores: ['lib/browser/framed.ts', 'lib/messaging/tab-client.ts', 'lib/calendar-page/**', 'lib/capture/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['wxt/browser', 'webextension-polyfill', '@wxt-dev/browser'].map((name) => ({
            name,
            allowTypeImports: true,
            message: 'Code the panel can reach uses the browser only through lib/browser/framed.ts (docs/firefox.md).',
          })),
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['browser', 'chrome'].map((name) => ({
          name,
          message: 'Code the panel can reach uses the browser only through lib/browser/framed.ts (docs/firefox.md).',
        })),
      ],
    },
  },
  {
    // Pure logic: no browser or page API (dependency-cruiser checks their imports).
    files: ['lib/{detection,csv,vcard,quick-add,cards,followup}/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...[
          'chrome',
          'browser',
          'window',
          'document',
          'navigator',
          'indexedDB',
          'localStorage',
          'sessionStorage',
          'fetch',
          'XMLHttpRequest',
        ].map((name) => ({
          name,
          message: 'lib/{detection,csv,vcard,quick-add,cards,followup} stay pure: pass what you need in.',
        })),
      ],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}', 'entrypoints/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
