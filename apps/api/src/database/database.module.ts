import {
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { EmbeddedPostgres } from './embedded-postgres';
import { dataSourceOptions } from './data-source-options';

export const EMBEDDED_POSTGRES = Symbol('EMBEDDED_POSTGRES');

/** Starts PGlite when no DATABASE_URL is set; provides null otherwise. */
@Global()
@Module({
  providers: [
    {
      provide: EMBEDDED_POSTGRES,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig): Promise<EmbeddedPostgres | null> => {
        if (config.databaseUrl) return null;
        const embedded = await EmbeddedPostgres.start(config.dataDir);
        new Logger('Database').log(`Embedded PostgreSQL (PGlite) in ${config.dataDir}`);
        return embedded;
      },
    },
  ],
  exports: [EMBEDDED_POSTGRES],
})
class EmbeddedPostgresModule {}

/** Stops the embedded database once TypeORM has let go of it. */
@Injectable()
class EmbeddedPostgresLifecycle implements OnApplicationShutdown {
  constructor(
    @Inject(EMBEDDED_POSTGRES) private readonly embedded: EmbeddedPostgres | null,
    private readonly dataSource: DataSource,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    if (!this.embedded) return;
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    await this.embedded.stop();
  }
}

@Global()
@Module({
  imports: [
    EmbeddedPostgresModule,
    TypeOrmModule.forRootAsync({
      imports: [EmbeddedPostgresModule],
      inject: [APP_CONFIG, EMBEDDED_POSTGRES],
      useFactory: (config: AppConfig, embedded: EmbeddedPostgres | null) => ({
        ...dataSourceOptions(
          config.databaseUrl ? { url: config.databaseUrl } : { embedded: embedded! },
        ),
        // migrations are the only way the schema changes, and they run at start-up
        migrationsRun: true,
      }),
    }),
  ],
  providers: [EmbeddedPostgresLifecycle],
})
export class DatabaseModule {}
