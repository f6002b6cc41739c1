import 'reflect-metadata';
import { loadConfig } from './config';
import { registerJobHandlers } from './jobs/handlers';
import { createLogger } from './logger';
import { openBackend } from './platform';

/**
 * A job worker without HTTP: run one or more next to API instances started with RUN_JOBS_IN_API=false.
 * It needs DATABASE_URL (the embedded database belongs to a single API process).
 */
async function main() {
  const config = loadConfig();
  if (!config.database.url) throw new Error('DATABASE_URL is required for a separate worker');
  const logger = createLogger(config);
  const { db, services } = await openBackend({ ...config, seedDemoData: false, jobs: { runInApi: true } }, logger);
  await registerJobHandlers(services.jobs, db.orm, logger, config);
  logger.info('worker started');
  const stop = async () => {
    await services.jobs.stop();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
