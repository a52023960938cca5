/**
 * Integration tests against real services. TEST_DB=postgres uses the PostgreSQL at
 * TEST_POSTGRES_URL (a database created for the run) with Redis; TEST_DB=pglite runs every file
 * on its own in-memory PGlite with the in-process queue.
 */
module.exports = {
  ...require('./jest.preset.cjs'),
  displayName: `api-int-${process.env.TEST_DB || 'postgres'}`,
  testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 60000,
};
