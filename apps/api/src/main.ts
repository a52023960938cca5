import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app.factory';
import { APP_CONFIG } from './config/config.module';
import { ConfigError, type AppConfig } from './config/app-config';

async function bootstrap(): Promise<void> {
  const app = await createApp();
  const config = app.get<AppConfig>(APP_CONFIG);
  await app.listen(config.port, config.host);
  new Logger('Relais').log(
    `Relais is up on ${config.publicUrl} (API docs: ${config.publicUrl}/api/docs)`,
  );
}

bootstrap().catch((error: unknown) => {
  // a configuration error names the variable; say only that
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
