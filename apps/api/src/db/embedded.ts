import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { findRepoRoot } from '../shared/repo-root';
import { EmbeddedWireServer } from './embedded-wire-server';

export interface EmbeddedDatabase {
  url: string;
  /** PGlite executes one transaction at a time; callers size their pools to this. */
  maxConnections: number;
  stop(): Promise<void>;
}

/**
 * Runs PGlite inside this process and serves it over the Postgres wire protocol on loopback, so the
 * ORM and the job queue use their ordinary pg drivers. Data lives under dataDir and survives restarts.
 * In-process (not a child pglite-server) so a crash cannot leave an orphaned server holding the port.
 */
export async function startEmbeddedDatabase(dataDir: string, port: number, maxConnections: number): Promise<EmbeddedDatabase> {
  // A relative DATA_DIR is taken from the repository root, whichever workspace started the API.
  const dir = path.resolve(findRepoRoot(), dataDir, 'pglite');
  mkdirSync(dir, { recursive: true });
  const db = await PGlite.create({ dataDir: dir });
  const server = new EmbeddedWireServer(db, maxConnections);
  // With port 0 the OS picks one.
  const actualPort = await server.listen(port, '127.0.0.1').catch(async (error: unknown) => {
    await db.close();
    throw error;
  });
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${actualPort}/postgres`,
    maxConnections,
    async stop() {
      await server.close();
      await db.close();
    },
  };
}
