import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../../../migrations';
import { ENTITIES } from './entities';
import type { EmbeddedPostgres } from './embedded-postgres';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** TypeORM options for either the real PostgreSQL or the embedded one. Never `synchronize`. */
export function dataSourceOptions(
  target: { url: string } | { embedded: EmbeddedPostgres },
): DataSourceOptions {
  const connection =
    'url' in target
      ? { url: target.url, extra: { max: 20 } }
      : { ...target.embedded.connection, extra: { max: 1 } };
  return {
    type: 'postgres',
    ...connection,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // PGlite has no uuid-ossp; gen_random_uuid() is built into PostgreSQL 13+
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logging: ['error'],
  };
}
