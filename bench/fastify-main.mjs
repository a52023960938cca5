// Bench-only bootstrap: the compiled AppModule on Nest's Fastify adapter instead of Express, to
// measure what the HTTP adapter costs. It mirrors apps/api/src/app.factory.ts where Fastify
// allows it without touching the app:
// - helmet and cookie-parser run as Connect middleware through @fastify/middie (installed with
//   @nestjs/platform-fastify); cookies then land on the raw request, not on Fastify's;
// - JSON bodies are parsed by Fastify (bodyLimit from BODY_LIMIT);
// - no OpenAPI UI (swagger-ui-express) and no static web client (express.static; Fastify would
//   need @fastify/static): neither is on the path of the API routes measured.
// Error responses would not work as is: AllExceptionsFilter calls Express' `response.json()`.
//
// env: as the API (PORT, HOST, DATABASE_URL, JWT_SECRET, …) plus BENCH_API_DIST, the folder of
// the compiled API (default dist/api).

import 'reflect-metadata';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
const dist = resolve(process.env.BENCH_API_DIST ?? 'dist/api', 'apps/api/src');

const { NestFactory } = require('@nestjs/core');
const { FastifyAdapter } = require('@nestjs/platform-fastify');
const { Logger } = require('nestjs-pino');
const helmet = require('helmet');
const cookieParser = require('cookie-parser');
const { AppModule } = require(`${dist}/app.module.js`);
const { APP_CONFIG } = require(`${dist}/config/config.module.js`);
const { AllExceptionsFilter } = require(`${dist}/common/http/all-exceptions.filter.js`);
const { createValidationPipe } = require(`${dist}/common/http/validation.js`);

function bytes(limit) {
  const m = /^(\d+)(kb|mb)$/.exec(limit ?? '100kb');
  return m ? Number(m[1]) * (m[2] === 'mb' ? 1024 * 1024 : 1024) : 100 * 1024;
}

const adapter = new FastifyAdapter({
  trustProxy: '127.0.0.1',
  bodyLimit: bytes(process.env.BODY_LIMIT),
});
const app = await NestFactory.create(AppModule, adapter, { bufferLogs: true });
const config = app.get(APP_CONFIG);
app.useLogger(app.get(Logger));
app.setGlobalPrefix('api');
app.use(
  helmet.default({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
      },
    },
  }),
);
app.use(cookieParser());
app.useGlobalPipes(createValidationPipe());
app.useGlobalFilters(new AllExceptionsFilter());
app.enableShutdownHooks();
await app.listen(config.port, config.host);
console.log(`Relais on Fastify listening on ${config.host}:${config.port}`);
