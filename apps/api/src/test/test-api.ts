import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { loadConfig, type AppConfig } from '../config';
import { startPlatform, type Platform } from '../platform';
import { TEMPLATE_ENV, databaseUrl, withAdminClient } from './database-server';
import { GraphQLTestClient } from './graphql-client';

export interface TestApi extends Platform {
  client(): GraphQLTestClient;
  databaseName: string;
}

/** A database of its own, cloned from the migrated template. */
export async function createTestDatabase(): Promise<string> {
  const template = process.env[TEMPLATE_ENV];
  if (!template) throw new Error('global setup did not run');
  // Named after the run's template, so a run's teardown drops its own databases and no other run's.
  const name = `${template.replace('motiva_tpl_', 'motiva_t_')}_${randomBytes(4).toString('hex')}`;
  await withAdminClient((c) => c.query(`create database ${name} template ${template}`));
  return name;
}

/** The real API on a random port over its own database; tests talk to it over HTTP like any client. */
export async function startTestApi(env: Record<string, string> = {}): Promise<TestApi> {
  const databaseName = await createTestDatabase();
  const config: AppConfig = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl(databaseName),
    DATABASE_POOL_MAX: '5',
    SEED_DEMO_DATA: 'false',
    SERVE_PORTALS: 'false',
    LOG_LEVEL: 'silent',
    ...env,
  });
  const platform = await startPlatform(config, pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }));
  return { ...platform, databaseName, client: () => new GraphQLTestClient(`${platform.url}/graphql`) };
}
