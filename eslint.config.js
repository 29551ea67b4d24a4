// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const project = [
  './src/tsconfig.json',
  './platform/tsconfig.json',
  './background/tsconfig.json',
  './popup/tsconfig.json',
  './tests/tsconfig.json',
  './scripts/tsconfig.json',
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'artifacts/', '.cache/', 'eslint.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { project, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use a string-literal union, not enum.' },
      ],
      // TypeScript checks names in every file (checkJs for scripts), and knows the globals.
      'no-undef': 'off',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render user text as text.' },
        { property: 'outerHTML', message: 'Render user text as text.' },
        { property: 'insertAdjacentHTML', message: 'Render user text as text.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'webextension-polyfill',
              message: 'Import { browser } from platform/browser.ts: it is the one door to the browser.',
            },
          ],
        },
      ],
    },
  },
  {
    // The one door: the only module allowed to import the polyfill (native.ts is what the
    // build puts in its place, typed by it).
    files: ['platform/browser.ts', 'platform/native.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The core is pure: nothing from the browser glue, the worker or the popup.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'webextension-polyfill', message: 'src/ is pure: no browser APIs.' }],
          patterns: [
            { group: ['**/platform/*', '**/background/*', '**/popup/*', '**/options/*', '**/welcome/*', '**/ui/*'], message: 'src/ is pure: it imports nothing from the glue, the worker or the pages.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'chrome', 'browser', 'window', 'document', 'localStorage', 'navigator'],
      // Clock and randomness are injected into the core, never read from the world.
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use a string-literal union, not enum.' },
        { selector: "MemberExpression[object.name='Date'][property.name='now']", message: 'Inject the clock.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Inject the clock.' },
        { selector: "MemberExpression[object.name='Math'][property.name='random']", message: 'Inject the random source.' },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', 'tests/**/*.tsx', 'scripts/**/*.ts', 'scripts/**/*.mjs'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
