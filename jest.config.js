// One jest project per test tier; the file suffix is the tier (see README "Tests").
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: {
    // Type checking is `npm run typecheck`'s job; here we only transpile, which keeps jest fast.
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', diagnostics: false }],
  },
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  setupFiles: ['reflect-metadata'],
};

module.exports = {
  // Integration and e2e tests wait on real servers; waits inside tests are bounded by waitFor's own timeouts.
  testTimeout: 60000,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{libs,services,bench,infra,k8s}/**/*.spec.ts'] },
    { ...shared, displayName: 'int', testMatch: ['<rootDir>/{libs,services}/**/*.int-spec.ts'] },
    { ...shared, displayName: 'e2e', testMatch: ['<rootDir>/{services,infra}/**/*.e2e-spec.ts'] },
    // The built web pages (npm run build:web) in Chromium against the whole backbone; run after e2e by `npm test`.
    { ...shared, displayName: 'browser', testMatch: ['<rootDir>/services/**/*.browser-spec.ts'] },
  ],
};
