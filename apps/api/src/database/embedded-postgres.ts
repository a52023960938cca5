import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The little of PGlite and its socket server that we hold on to. */
interface Closable {
  close(): Promise<void>;
}
interface Stoppable {
  stop(): Promise<void>;
}

/**
 * The embedded default: PGlite served over a Unix socket so TypeORM talks to it with the ordinary
 * pg driver. PGlite is a single session, so the socket server and the pool both allow one
 * connection: transactions are then really isolated (the in-process driver lost a rollback).
 */
export class EmbeddedPostgres {
  private constructor(
    private readonly db: Closable,
    private readonly server: Stoppable,
    private readonly socketDir: string,
  ) {}

  /** `dataDir` is a folder kept across restarts, or `memory` for a throwaway database. */
  static async start(dataDir: string): Promise<EmbeddedPostgres> {
    // PGlite ships as ES modules: a real dynamic import, kept as such by the compiler
    const { PGlite } = await import('@electric-sql/pglite');
    const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
    let folder: string | undefined;
    if (dataDir !== 'memory') {
      folder = resolve(dataDir, 'pgdata');
      await mkdir(folder, { recursive: true });
    }
    const db = await PGlite.create(folder);
    const socketDir = await mkdtemp(join(tmpdir(), 'relais-pg-'));
    const server = new PGLiteSocketServer({
      db,
      path: join(socketDir, '.s.PGSQL.5432'),
      maxConnections: 1,
    });
    await server.start();
    return new EmbeddedPostgres(db, server, socketDir);
  }

  /** Connection options for the pg driver: a socket folder, as libpq expects. */
  get connection(): { host: string; port: number; username: string; database: string } {
    return { host: this.socketDir, port: 5432, username: 'postgres', database: 'postgres' };
  }

  async stop(): Promise<void> {
    await this.server.stop();
    await this.db.close();
    await rm(this.socketDir, { recursive: true, force: true });
  }
}
