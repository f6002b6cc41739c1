import 'reflect-metadata';
import pino from 'pino';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../db/orm-config';
import { JOB_NAMES } from '../jobs/handlers';
import { JobQueue } from '../jobs/job-queue';
import { TEMPLATE_ENV, databaseUrl, testServerUrl, withAdminClient } from './database-server';

/**
 * Migrates one template database per run through the committed migrations (and pg-boss's schema);
 * every test file then clones it, which takes milliseconds instead of a migration per file.
 */
export default async function setup() {
  const template = `motiva_tpl_${process.pid}_${Date.now()}`;
  try {
    await withAdminClient((c) => c.query(`create database ${template}`));
  } catch (error) {
    throw new Error(
      `Tests need a PostgreSQL server at ${testServerUrl()} (set TEST_DATABASE_URL to use another): ${(error as Error).message}`,
    );
  }
  const url = databaseUrl(template);
  const orm = await MikroORM.init(ormConfig({ clientUrl: url, poolMax: 2 }));
  await orm.getMigrator().up();
  await orm.close(true);
  const jobs = await JobQueue.start(url, 1, pino({ level: 'silent' }), { supervise: false, queues: JOB_NAMES });
  await jobs.stop();
  process.env[TEMPLATE_ENV] = template;

  return async () => {
    await withAdminClient(async (c) => {
      const { rows } = await c.query<{ datname: string }>(
        `select datname from pg_database where starts_with(datname, $1) or datname = $2`,
        [template.replace('motiva_tpl_', 'motiva_t_'), template],
      );
      for (const { datname } of rows) await c.query(`drop database if exists "${datname}" with (force)`);
    });
  };
}
