// Bench-only bootstrap: the compiled AppModule on Nest's Express adapter instead of Fastify, to
// measure what the HTTP adapter costs now that production runs on Fastify (apps/api/src/
// app.factory.ts). It mirrors what production did on Express before the switch:
// - no Nest body parser; express.json and express.urlencoded with BODY_LIMIT;
// - helmet with the same Content-Security-Policy, cookie-parser, no ETag on API answers,
//   `trust proxy` loopback, the `api` prefix, the validation pipe, the OpenAPI UI;
// - X-Request-Id set on every answer (production sets it in a Fastify hook);
// - the web client, when WEB_DIST has an index.html: express.static in front of the app (skipped
//   for /api/ paths) and the SPA fallback for other GETs.
// What the app now does the Fastify way does not work here: error answers (AllExceptionsFilter
// replies with `reply.status().send()` and checks `reply.sent`, which Express' response lacks),
// sign-in and refresh (`reply.setCookie()`) and CSV imports (@fastify/multipart). The bench only
// measures 200s of GET routes, with a token from the production API, so the filter is registered
// as in production and left to fail on errors.
//
// env: as the API (PORT, HOST, DATABASE_URL, JWT_SECRET, …) plus BENCH_API_DIST, the folder of
// the compiled API (default dist/api).

import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const dist = resolve(process.env.BENCH_API_DIST ?? 'dist/api', 'apps/api/src');

const { NestFactory } = require('@nestjs/core');
const { ExpressAdapter } = require('@nestjs/platform-express');
const { DocumentBuilder, SwaggerModule } = require('@nestjs/swagger');
const express = require('express');
const helmet = require('helmet');
const cookieParser = require('cookie-parser');
const { Logger } = require('nestjs-pino');
const { AppModule } = require(`${dist}/app.module.js`);
const { APP_CONFIG } = require(`${dist}/config/config.module.js`);
const { AllExceptionsFilter } = require(`${dist}/common/http/all-exceptions.filter.js`);
const { requestId } = require(`${dist}/common/http/request-id.js`);
const { createValidationPipe } = require(`${dist}/common/http/validation.js`);

const app = await NestFactory.create(AppModule, new ExpressAdapter(), {
  bufferLogs: true,
  bodyParser: false,
});
const config = app.get(APP_CONFIG);
app.useLogger(app.get(Logger));
app.set('trust proxy', 'loopback');
// production on Express did not hash API answers for an ETag either
app.set('etag', false);
app.setGlobalPrefix('api');
// named before pino-http (module middleware, after these), as Fastify's genReqId does
app.use((req, res, next) => {
  req.id = requestId(req);
  res.setHeader('X-Request-Id', req.id);
  next();
});
app.use(
  helmet({
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
// config.bodyLimit is in bytes, which body-parser takes as is
app.use(express.json({ limit: config.bodyLimit }));
app.use(express.urlencoded({ extended: false, limit: config.bodyLimit }));
app.use(cookieParser());
app.useGlobalPipes(createValidationPipe());
app.useGlobalFilters(new AllExceptionsFilter());
app.enableShutdownHooks();
setUpOpenApi();
serveWebClient();
await app.listen(config.port, config.host);
console.log(`Relais on Express listening on ${config.host}:${config.port}`);

function setUpOpenApi() {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Relais API')
      .setVersion('1')
      .addBearerAuth()
      .addCookieAuth('relais_refresh')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}

function serveWebClient() {
  const root = resolve(config.webDist);
  const index = join(root, 'index.html');
  if (!existsSync(index)) return;
  const assets = express.static(root, { index: false, maxAge: '1h', immutable: false });
  // API requests never look for a file on disk
  app.use((req, res, next) => (req.path.startsWith('/api/') ? next() : assets(req, res, next)));
  app.use((req, res, next) => {
    if (req.method !== 'GET' || req.path.startsWith('/api')) return next();
    res.sendFile(index);
  });
}
