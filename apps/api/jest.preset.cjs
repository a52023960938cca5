/** Shared Jest settings of the API: SWC keeps decorators' metadata and leaves import() alone. */
const path = require('node:path');

/**
 * Packages published as ES modules only, which Node 20 requires natively but Jest cannot: SWC
 * turns them into CommonJS for the tests (content-disposition 3, through @fastify/static).
 */
const ESM_ONLY = ['content-disposition'];

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', decorators: true },
          transform: {
            legacyDecorator: true,
            decoratorMetadata: true,
            useDefineForClassFields: false,
          },
        },
        module: { type: 'commonjs', ignoreDynamic: true },
      },
    ],
    '^.+\\.js$': [
      '@swc/jest',
      { jsc: { target: 'es2022' }, module: { type: 'commonjs', ignoreDynamic: true } },
    ],
  },
  transformIgnorePatterns: [`^(?!.*/node_modules/(${ESM_ONLY.join('|')})/).*/node_modules/`],
  moduleNameMapper: {
    '^@relais/domain$': path.join(__dirname, '../../libs/domain/src/index.ts'),
  },
};
