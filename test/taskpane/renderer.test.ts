// The pane is written against React's API and ships on Preact (webpack.config.js aliases React's entry points to
// preact/compat). The component tests must render on the same renderer, so Jest maps the same entry points
// (jest.config.js): this keeps the two lists in step and proves the mapping is in force.
import { createElement } from 'preact/compat';
import { createElement as reactCreateElement, version } from 'react';

/** 'react-dom/client$' (webpack alias) and '^react-dom/client$' (Jest pattern) => 'react-dom/client'. */
const requestOf = (key: string): string => key.replace(/^\^/, '').replace(/\$$/, '');

test('React in the component tests is preact/compat', () => {
  expect(reactCreateElement).toBe(createElement);
  // preact/compat presents itself as React 19 (Fluent reads the version to find an element's ref).
  expect(version).toMatch(/^19\./);
});

test('Jest maps to Preact every React entry point the pane build aliases, to the same module', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpackConfig = require('../../webpack.config.js') as (env: unknown, argv: { mode: string }) => { resolve: { alias: Record<string, string> } };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const jestConfig = require('../../jest.config.js') as { moduleNameMapper: Record<string, string> };
  for (const mode of ['production', 'development']) {
    const aliases = webpackConfig({}, { mode }).resolve.alias;
    expect(Object.keys(aliases).length).toBeGreaterThan(0);
    const jestTargets = new Map(Object.entries(jestConfig.moduleNameMapper).map(([pattern, target]) => [requestOf(pattern), target]));
    for (const [key, target] of Object.entries(aliases)) expect([requestOf(key), jestTargets.get(requestOf(key))]).toEqual([requestOf(key), target]);
  }
});
