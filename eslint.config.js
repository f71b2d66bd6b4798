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
