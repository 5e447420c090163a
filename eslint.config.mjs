// Lint enforces the borders of DESIGN.md: the engine is pure (no Office, React, DOM, Node I/O, clock),
// only src/office touches Office.js, and nothing renders message HTML.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const DOM_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'fetch', 'XMLHttpRequest', 'Office', 'location'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-artifacts/**', '**/*.cjs', '**/*.mjs', 'jest.config.js', 'webpack.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Message content is data: never render HTML.' },
        { selector: "AssignmentExpression > MemberExpression.left[property.name='innerHTML']", message: 'Message content is data: never render HTML.' },
      ],
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
          patterns: [
            { group: ['**/office', '**/office/**', '**/taskpane', '**/taskpane/**', '**/commands', '**/commands/**', '**/cli', '**/cli/**'], message: 'The engine is pure: it imports nothing from the Outlook, UI or CLI layers.' },
            { group: ['react', 'react-dom', 'react/*', '@fluentui/*', 'node:*', 'fs', 'path', 'http', 'https'], message: 'The engine is pure: no React, no DOM, no Node I/O.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...DOM_GLOBALS.map((name) => ({ name, message: 'The engine is pure: no DOM, no Office.js, no network.' }))],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'The engine has no clock: pass time in.' },
        { object: 'Math', property: 'random', message: 'The engine is deterministic.' },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'test/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
