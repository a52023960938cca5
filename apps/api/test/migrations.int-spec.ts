import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../../migrations';
import { dataSourceOptions } from '../src/database/data-source-options';
import { EmbeddedPostgres } from '../src/database/embedded-postgres';
import { testDb } from './test-app';

/** The tables of the Foundation migration, whatever was added since. */
const FOUNDATION_TABLES = ['emails', 'memberships', 'refresh_tokens', 'users', 'workspaces'];

async function publicTables(dataSource: DataSource): Promise<string[]> {
  const rows: { table_name: string }[] = await dataSource.query(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
     ORDER BY table_name`,
  );
  return rows.map((r) => r.table_name);
}

async function appliedMigrations(dataSource: DataSource): Promise<number> {
  const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM migrations');
  return count;
}

/** A database no other test touches: a new one on the real PostgreSQL, or an in-memory PGlite. */
async function openFreshDatabase(): Promise<{ dataSource: DataSource; drop: () => Promise<void> }> {
  if (testDb() === 'pglite') {
    const embedded = await EmbeddedPostgres.start('memory');
    const dataSource = await new DataSource(dataSourceOptions({ embedded })).initialize();
    return {
      dataSource,
      drop: async () => {
        if (dataSource.isInitialized) await dataSource.destroy();
        await embedded.stop();
      },
    };
  }
  const adminUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const database = `relais_migrations_${Date.now()}_${process.pid}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const dataSource = await new DataSource(dataSourceOptions({ url: url.toString() })).initialize();
  return {
    dataSource,
    drop: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      const cleanup = new Client({ connectionString: adminUrl });
      await cleanup.connect();
      try {
        await cleanup.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}

describe(`migrations on a fresh database (${testDb()})`, () => {
  let dataSource: DataSource;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    ({ dataSource, drop } = await openFreshDatabase());
  });

  afterAll(async () => {
    await drop?.();
  });

  it('go up, agree with the entities, come down one by one, and go up again', async () => {
    // every entity has its table, plus TypeORM's record of the migrations
    const expectedTables = [
      ...new Set([...dataSource.entityMetadatas.map((m) => m.tableName), 'migrations']),
    ].sort();
    expect(expectedTables).toEqual(expect.arrayContaining(FOUNDATION_TABLES));
    expect(await publicTables(dataSource)).toEqual([]);

    const ran = await dataSource.runMigrations({ transaction: 'each' });
    expect(ran.map((m) => m.name)).toEqual(MIGRATIONS.map((M) => new M().name));
    expect(await publicTables(dataSource)).toEqual(expectedTables);

    // the entities ask for nothing the migrations did not create
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);

    let undone = 0;
    while ((await appliedMigrations(dataSource)) > 0) {
      if (undone === MIGRATIONS.length)
        throw new Error('undoLastMigration does not empty the table');
      await dataSource.undoLastMigration({ transaction: 'each' });
      undone++;
    }
    expect(undone).toBe(MIGRATIONS.length);
    expect(await publicTables(dataSource)).toEqual(['migrations']);
    // nor an enum or a domain that would break the next up
    const types = await dataSource.query(
      `SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
       WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd')`,
    );
    expect(types).toEqual([]);

    const again = await dataSource.runMigrations({ transaction: 'each' });
    expect(again).toHaveLength(MIGRATIONS.length);
    expect(await publicTables(dataSource)).toEqual(expectedTables);
    expect((await dataSource.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
  });
});
