/** Unit tests: services and helpers without I/O. */
module.exports = {
  ...require('./jest.preset.cjs'),
  displayName: 'api',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
