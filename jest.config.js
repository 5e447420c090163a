// Jest runs in CommonJS mode; @swc/jest compiles our TypeScript and also the ESM-only packages
// (htmlparser2 12 and its entities/domhandler family, postal-mime's ESM build, Preact 11) so they can be required.
const esmPackages = ['htmlparser2', 'entities', 'domhandler', 'domutils', 'dom-serializer', 'domelementtype', 'preact'];

// The pane ships on Preact (webpack.config.js aliases React to preact/compat), so its component tests render on
// Preact too: the same mapping, plus react-dom/test-utils for @testing-library/react's act().
const preactForReact = {
  '^react$': 'preact/compat',
  '^react-dom$': 'preact/compat',
  '^react-dom/client$': 'preact/compat/client',
  '^react-dom/test-utils$': 'preact/test-utils',
  '^react/jsx-runtime$': 'preact/compat/jsx-runtime',
  '^react/jsx-dev-runtime$': 'preact/compat/jsx-dev-runtime',
};

/** @type {import('jest').Config} */
module.exports = {
  testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/test/**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
  transform: {
    '^.+\\.(t|j|mj)sx?$': ['@swc/jest', { jsc: { transform: { react: { runtime: 'automatic' } } } }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  moduleNameMapper: preactForReact,
};
