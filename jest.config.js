// One jest run, five projects: pure unit specs, integration specs on real PostgreSQL
// (the event-store contract suite among them), end-to-end HTTP specs, fault tests and
// browser tests. globalSetup starts the
// embedded PostgreSQL once (or uses DATABASE_URL) for all of them.
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.json');

const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', {}] },
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  moduleFileExtensions: ['ts', 'js', 'json'],
};

module.exports = {
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'] },
    { ...common, displayName: 'int', testMatch: ['<rootDir>/{apps,libs,test}/**/*.int-spec.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'] },
    // Faults: processes killed, the database stopped, backup and restore, concurrency properties
    // (test/faults/README.md). Real child processes and servers on loopback only.
    {
      ...common,
      displayName: 'faults',
      testMatch: ['<rootDir>/test/faults/**/*.fault-spec.ts', '<rootDir>/test/faults/**/*.property-spec.ts'],
    },
    // The web UI in Debian's Chromium against the built app (scripts/ensure-chromium.sh installs it).
    { ...common, displayName: 'browser', testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'] },
  ],
};
