/**
 * The import rules of the README's layout section, checked by `npm run lint`.
 * @type {import('dependency-cruiser').IConfiguration}
 */
const PURE = '^lib/(detection|csv|vcard|quick-add|cards|followup|text)/';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles make modules impossible to understand (and test) on their own.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'content-script-stays-light',
      severity: 'error',
      comment:
        'The content scripts run on every calendar page and their IndexedDB would belong to the site: no database, no React, no UI components.',
      from: { path: '^(entrypoints/[^/]+\\.content(\\.ts|/)|lib/calendars/|lib/calendar-page/)' },
      to: {
        path: ['^lib/db/', '^components/', 'node_modules/(dexie|dexie-react-hooks|react|react-dom)/'],
        reachable: true,
      },
    },
    {
      name: 'pure-libs-stay-pure',
      severity: 'error',
      comment:
        'Detection, CSV, vCard, quick-add, cards, follow-up and text helpers are pure logic: no browser API, no database, no UI.',
      from: { path: PURE },
      to: {
        path: [
          '^lib/(db|i18n|messaging)/',
          '^components/',
          '^entrypoints/',
          'node_modules/(wxt|dexie|dexie-react-hooks|react|react-dom|webextension-polyfill)/',
        ],
      },
    },
    {
      name: 'lib-does-not-reach-up',
      severity: 'error',
      comment: 'lib/ is the foundation: it never imports entry points or UI components.',
      from: { path: '^lib/' },
      to: { path: '^(entrypoints|components)/' },
    },
    {
      name: 'panel-stays-framable',
      severity: 'error',
      comment:
        'panel.html is framed in calendar pages, where Firefox gives it only the content-script API set (docs/firefox.md): it never reaches the code of other pages or the background-only tab messaging; ESLint keeps the browser API of what it does reach to lib/browser/framed.ts.',
      from: { path: '^(entrypoints|components)/panel/' },
      to: {
        path: [
          '^entrypoints/(?!panel/)',
          '^components/(?!panel/)[^/]+/',
          '^lib/messaging/tab-client\\.ts$',
          '^lib/(capture|calendar-page)/',
        ],
        reachable: true,
      },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(\\.output|\\.wxt|node_modules)/' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
    },
  },
};
