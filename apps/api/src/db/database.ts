import { MikroORM } from '@mikro-orm/postgresql';
import type { AppConfig } from '../config';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded';
import { ormConfig } from './orm-config';
import { keepStatementsPrepared } from './prepared-query';

export interface Database {
  orm: MikroORM;
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

/** The embedded server accepts this many connections: ORM pool plus the job queue's pool. */
const EMBEDDED_ORM_POOL = 2;
export const EMBEDDED_JOB_POOL = 1;

export async function openDatabase(config: AppConfig): Promise<Database> {
  let embedded: EmbeddedDatabase | undefined;
  let url = config.database.url;
  if (!url) {
    embedded = await startEmbeddedDatabase(
      config.database.dataDir,
      config.database.embeddedPort,
      EMBEDDED_ORM_POOL + EMBEDDED_JOB_POOL + 1,
    );
    url = embedded.url;
  }
  try {
    const orm = await MikroORM.init(ormConfig({ clientUrl: url, poolMax: embedded ? EMBEDDED_ORM_POOL : config.database.poolMax }));
    if (!embedded && config.database.preparedStatements) keepStatementsPrepared(orm);
    return {
      orm,
      url,
      embedded: Boolean(embedded),
      async close() {
        await orm.close(true);
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

export async function migrate(orm: MikroORM): Promise<void> {
  await orm.getMigrator().up();
}
