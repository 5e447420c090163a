// Lint enforces the borders of DESIGN.md: the engine is pure (no Office, React, DOM, Node I/O, clock),
// only src/office touches Office.js, and nothing renders message HTML.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const DOM_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'fetch', 'XMLHttpRequest', 'Office', 'location'];
/** What the engine may not reach for either: the network, timers, the clock, randomness, the process. */
const IMPURE_GLOBALS = [
  'WebSocket', 'EventSource', 'Worker', 'indexedDB', 'caches',
  'setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'clearImmediate', 'queueMicrotask', 'requestAnimationFrame',
  'performance', 'crypto', 'process', 'Buffer', 'require', 'global', '__dirname', '__filename',
];

/** Message content is data: never rendered as HTML, anywhere. */
const NO_HTML_RENDERING = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Message content is data: never render HTML.' },
  { selector: "AssignmentExpression > MemberExpression.left[property.name='innerHTML']", message: 'Message content is data: never render HTML.' },
];

/**
 * The layers' allowed imports, from DESIGN.md and the code: the engine imports no other layer; src/office (the only
 * code touching Office.js) imports the engine; the task pane and the Report button's commands build on both; the CLI
 * runs in Node on the engine alone. A pattern per layer, so each can be forbidden by name.
 */
const LAYER_PATTERNS = {
  office: ['**/office', '**/office/**'],
  taskpane: ['**/taskpane', '**/taskpane/**'],
  commands: ['**/commands', '**/commands/**'],
  cli: ['**/cli', '**/cli/**'],
};
const forbidLayers = (from, layers) => ({
  group: layers.flatMap((layer) => LAYER_PATTERNS[layer]),
  message: `${from} may not import ${layers.join(', ')}: see the layer borders in eslint.config.mjs and DESIGN.md.`,
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-artifacts/**', '**/*.cjs', '**/*.mjs', 'jest.config.js', 'webpack.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...NO_HTML_RENDERING],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/office/**'],
    rules: {
      'no-restricted-globals': ['error', { name: 'Office', message: 'Only src/office touches Office.js.' }],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          // Node's built-in modules by exact name ('punycode' is Node's; the engine uses the npm package 'punycode/').
          paths: builtinModules.filter((name) => !name.startsWith('_')).map((name) => ({ name, message: 'The engine is pure: no Node modules (I/O, processes, clock, crypto).' })),
          patterns: [
            { group: [...Object.values(LAYER_PATTERNS).flat()], message: 'The engine is pure: it imports nothing from the Outlook, UI or CLI layers.' },
            { group: ['react', 'react-dom', 'react/*', '@fluentui/*', 'node:*'], message: 'The engine is pure: no React, no DOM, no Node I/O.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...DOM_GLOBALS.map((name) => ({ name, message: 'The engine is pure: no DOM, no Office.js, no network.' })),
        ...IMPURE_GLOBALS.map((name) => ({ name, message: 'The engine is pure and synchronous: no timers, clock, randomness, network or process.' })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'The engine has no clock: pass time in.' },
        { object: 'Math', property: 'random', message: 'The engine is deterministic.' },
        { object: 'globalThis', message: 'The engine is pure: no reaching for globals around the lint rules.' },
      ],
      'no-restricted-syntax': [
        'error',
        ...NO_HTML_RENDERING,
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The engine has no clock: new Date() is now; pass time in.' },
        { selector: "CallExpression[callee.name='Date']", message: 'The engine has no clock: Date() is now; pass time in.' },
      ],
    },
  },
  { files: ['src/office/**/*.ts', 'src/office/**/*.tsx'], rules: { 'no-restricted-imports': ['error', { patterns: [forbidLayers('src/office', ['taskpane', 'commands', 'cli'])] }] } },
  { files: ['src/taskpane/**/*.ts', 'src/taskpane/**/*.tsx'], rules: { 'no-restricted-imports': ['error', { patterns: [forbidLayers('src/taskpane', ['commands', 'cli'])] }] } },
  { files: ['src/commands/**/*.ts', 'src/commands/**/*.tsx'], rules: { 'no-restricted-imports': ['error', { patterns: [forbidLayers('src/commands', ['taskpane', 'cli'])] }] } },
  { files: ['src/cli/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [forbidLayers('src/cli', ['office', 'taskpane', 'commands'])] }] } },
  {
    files: ['test/**/*.ts', 'test/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
