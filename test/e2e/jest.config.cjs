// End-to-end tests: the production build (dist/taskpane, from `npm run build`) in Debian's headless Chromium.
/** @type {import('jest').Config} */
module.exports = {
  rootDir: '../..',
  testMatch: ['<rootDir>/test/e2e/**/*.e2e.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest'] },
  testTimeout: 60_000,
  maxWorkers: 1,
};
