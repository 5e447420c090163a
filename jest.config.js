// Jest runs in CommonJS mode; @swc/jest compiles our TypeScript and also the ESM-only packages
// (htmlparser2 12 and its entities/domhandler family, postal-mime's ESM build) so they can be required.
// The component tests render on React 19, the renderer the pane ships with (no module mapping).
const esmPackages = ['htmlparser2', 'entities', 'domhandler', 'domutils', 'dom-serializer', 'domelementtype'];

/** @type {import('jest').Config} */
module.exports = {
  testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/test/**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
  transform: {
    '^.+\\.(t|j|mj)sx?$': ['@swc/jest', { jsc: { transform: { react: { runtime: 'automatic' } } } }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
};
