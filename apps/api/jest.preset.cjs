/** Shared Jest settings of the API: SWC keeps decorators' metadata and leaves import() alone. */
const path = require('node:path');
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
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        },
        module: { type: 'commonjs', ignoreDynamic: true },
      },
    ],
  },
  moduleNameMapper: {
    '^@relais/domain$': path.join(__dirname, '../../libs/domain/src/index.ts'),
  },
};
