import 'reflect-metadata';
import { writeFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source-options';
import { EmbeddedPostgres } from '../database/embedded-postgres';

/**
 * Schema tooling. `up` / `down` act on the configured database (DATABASE_URL, or the embedded
 * one). `check` and `generate` compare the entities with a fresh database built by the
 * migrations alone: `check` fails when they disagree, `generate` writes the missing migration.
 */
const usage = 'usage: migrate up | down | check | generate <PascalName>';

/**
 * `configured`: DATABASE_URL, or the embedded database in its data folder.
 * `fresh`: a throwaway in-memory PGlite, or the empty PostgreSQL database FRESH_DATABASE_URL names.
 */
async function openDataSource(
  mode: 'configured' | 'fresh',
): Promise<{ dataSource: DataSource; close: () => Promise<void> }> {
  const config = loadConfig(process.env);
  const url = mode === 'fresh' ? process.env.FRESH_DATABASE_URL : config.databaseUrl;
  const embedded = url
    ? undefined
    : await EmbeddedPostgres.start(mode === 'fresh' ? 'memory' : config.dataDir);
  const dataSource = await new DataSource(
    dataSourceOptions(url ? { url } : { embedded: embedded! }),
  ).initialize();
  return {
    dataSource,
    close: async () => {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}

async function pendingSchemaChanges(dataSource: DataSource) {
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource.driver.createSchemaBuilder().log();
}

function quote(query: string): string {
  return '`' + query.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
}

async function generate(name: string): Promise<void> {
  if (!/^[A-Z][A-Za-z0-9]+$/.test(name))
    throw new Error(`migration name must be PascalCase: ${name}`);
  const { dataSource, close } = await openDataSource('fresh');
  try {
    const sql = await pendingSchemaChanges(dataSource);
    if (sql.upQueries.length === 0) {
      console.log('No changes: entities and migrations agree.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const up = sql.upQueries
      .map((q) => `    await queryRunner.query(${quote(q.query)});`)
      .join('\n');
    const down = sql.downQueries
      .reverse()
      .map((q) => `    await queryRunner.query(${quote(q.query)});`)
      .join('\n');
    const body = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${up}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${down}
  }
}
`;
    // dist/api/apps/api/src/cli → the repository root
    const root = join(__dirname, '../../../../../..');
    const migrationsDir = join(root, 'migrations');
    const file = `${timestamp}-${name}`;
    await writeFile(join(migrationsDir, `${file}.ts`), body);
    const indexPath = join(migrationsDir, 'index.ts');
    const index = await readFile(indexPath, 'utf8');
    // the new import goes after the last one, the class at the end of the list
    const importLine = `import { ${className} } from './${file}';\n`;
    const lastImport = index.lastIndexOf('\nimport ');
    const insertAt = lastImport < 0 ? 0 : index.indexOf('\n', lastImport + 1) + 1;
    const withImport = index.slice(0, insertAt) + importLine + index.slice(insertAt);
    const updated = withImport.replace(/= \[([^\]]*)\]/, (_m, list: string) => {
      const items = list
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      return `= [${[...items, className].join(', ')}]`;
    });
    await writeFile(indexPath, updated);
    console.log(`Wrote migrations/${file}.ts (${sql.upQueries.length} statements). Review it.`);
  } finally {
    await close();
  }
}

async function main(): Promise<void> {
  const [command, arg] = process.argv.slice(2);
  switch (command) {
    case 'up': {
      const { dataSource, close } = await openDataSource('configured');
      const ran = await dataSource.runMigrations({ transaction: 'each' });
      console.log(ran.length ? `Ran ${ran.map((m) => m.name).join(', ')}` : 'Already up to date.');
      await close();
      return;
    }
    case 'down': {
      const { dataSource, close } = await openDataSource('configured');
      await dataSource.undoLastMigration({ transaction: 'each' });
      console.log('Reverted the last migration.');
      await close();
      return;
    }
    case 'check': {
      const { dataSource, close } = await openDataSource('fresh');
      try {
        const sql = await pendingSchemaChanges(dataSource);
        if (sql.upQueries.length > 0) {
          console.error('Entities and migrations disagree. Missing from the migrations:');
          for (const q of sql.upQueries) console.error(`  ${q.query};`);
          console.error('Run: npm run migration:generate -- <Name>');
          process.exitCode = 1;
        } else {
          console.log('Schema check: entities and migrations agree.');
        }
      } finally {
        await close();
      }
      return;
    }
    case 'generate':
      if (!arg) throw new Error(usage);
      await generate(arg);
      return;
    default:
      throw new Error(usage);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
