import { randomBytes } from 'node:crypto';
// The platform (bench:redirect and bench:postback): the built API (apps/api/dist) on a throw-away database on a real PostgreSQL server,
// migrated and seeded with the demo data, started as `npm start` starts it (jobs in the API, request
// logging at the default level to /dev/null). SIGTERM stops it the production way, which writes every
// queued click before the database closes. Prints its port once it listens.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const require = createRequire(path.join(root, 'apps/api/package.json'));
require('reflect-metadata');
const pino = require('pino');
const { loadConfig } = require(path.join(root, 'apps/api/dist/config.js'));
const { startPlatform } = require(path.join(root, 'apps/api/dist/platform.js'));

const config = loadConfig({
  NODE_ENV: 'production',
  // Production requires a key that seals brand API keys; a throw-away one per run.
  SECRETS_KEY: process.env.SECRETS_KEY ?? randomBytes(32).toString('hex'),
  PORT: '0',
  HOST: '127.0.0.1',
  PUBLIC_URL: 'http://127.0.0.1',
  DATABASE_URL: process.env.BENCH_TARGET_DATABASE_URL,
  SEED_DEMO_DATA: 'true',
  SERVE_PORTALS: 'false',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
  // bench/postback runs more concurrent requests than the default pool of 10 connections.
  ...(process.env.DATABASE_POOL_MAX ? { DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX } : {}),
  // bench/postback measures an API instance with its jobs in a worker process of their own (README "Scaling out").
  ...(process.env.RUN_JOBS_IN_API ? { RUN_JOBS_IN_API: process.env.RUN_JOBS_IN_API } : {}),
});
const logger = pino({ level: config.logLevel ?? 'info' }, pino.destination('/dev/null'));
const platform = await startPlatform(config, logger);
console.log(JSON.stringify({ ready: true, port: platform.port }));
process.on('SIGTERM', () => platform.stop().then(() => process.exit(0)));
