import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppModule } from './app.module';
import { APP_CONFIG } from './config/config.module';
import { loadConfig, type AppConfig } from './config/app-config';
import { AllExceptionsFilter } from './common/http/all-exceptions.filter';
import { requestId } from './common/http/request-id';
import { createValidationPipe } from './common/http/validation';
import { MULTIPART_LIMITS } from './common/http/uploaded-file';

/**
 * Builds the HTTP application exactly as production runs it; tests use the same function.
 * Fastify, not Express: on small answers (`/api/me`) it spends about half the CPU per request;
 * on my tasks' 214 KB the two are even (bench/README.md).
 */
export async function createApp(): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    trustProxy: 'loopback',
    bodyLimit: loadConfig(process.env).bodyLimit,
    genReqId: requestId,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, adapter, {
    bufferLogs: true,
  });
  const config = app.get<AppConfig>(APP_CONFIG);
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api');
  // the caller can match its request to our logs, also when it went wrong
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', async (request, reply) => {
      void reply.header('X-Request-Id', request.id);
    })
    // a JSON string handed to res.end() is encoded inside the socket write; as a Buffer, my tasks
    // (200 tasks, 214 KB) cost 6.3 instead of 8.0 ms of CPU per request (interleaved A/B runs)
    .addHook('onSend', async (_request, _reply, payload) =>
      typeof payload === 'string' ? Buffer.from(payload) : payload,
    );
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Mantine writes its CSS variables in style tags
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
      },
    },
  });
  await app.register(fastifyCookie);
  // parts are read by the route that expects a file (UploadedFileInterceptor), within these limits
  await app.register(fastifyMultipart, { limits: MULTIPART_LIMITS });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  app.enableShutdownHooks();
  setUpOpenApi(app);
  await serveWebClient(app, config);
  return app;
}

function setUpOpenApi(app: NestFastifyApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Relais API')
      .setDescription('The operations platform for online businesses that run on freelancers')
      .setVersion('1')
      .addBearerAuth()
      .addCookieAuth('relais_refresh')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}

/** One origin serves the API and the built web client; unknown paths fall back to the SPA. */
async function serveWebClient(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const root = resolve(config.webDist);
  if (!existsSync(join(root, 'index.html'))) return;
  // one route per built file (no wildcard), so the fallback below owns every other path
  await app.register(fastifyStatic, { root, wildcard: false, index: false, maxAge: '1h' });
  app
    .getHttpAdapter()
    .getInstance()
    .get('/*', (request, reply) => {
      // API paths never fall back to the page: an unknown route is a JSON 404
      if (request.url === '/api' || request.url.startsWith('/api/')) return reply.callNotFound();
      return reply.sendFile('index.html', { maxAge: 0 });
    });
}
