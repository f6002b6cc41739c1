import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { AppConfig } from './config';
import { EMBEDDED_JOB_POOL, migrate, openDatabase, type Database } from './db/database';
import { DemoSeeder } from './db/seeders/demo.seeder';
import { seedDemoActivity } from './db/seeders/demo-activity';
import { seedDemoApiKey } from './modules/conversions/demo-api-key';
import { createApolloServer } from './graphql/apollo';
import { getSchema } from './graphql/build-schema';
import { createHttpApp, ROUTES } from './http/app';
import { withFastPaths } from './http/fast-paths';
import { directRoutes } from './http/direct-routes';
import { answerClientErrorsAsJson } from './http/http-errors';
import { JOB_NAMES, registerJobHandlers } from './jobs/handlers';
import { JobQueue } from './jobs/job-queue';
import { createLogger } from './logger';
import { createCompanyLookup } from './modules/company-lookup/create-provider';
import { startClicksRuntime, type ClicksRuntime } from './modules/clicks/clicks-runtime';
import type { AppServices } from './context';

export interface Platform {
  url: string;
  port: number;
  db: Database;
  services: AppServices;
  /** The tracking redirect's link cache and click writer (modules/clicks). */
  clicks: ClicksRuntime;
  stop(): Promise<void>;
}

/** Opens the database, migrates it, seeds demo data if asked, and starts the job queue. */
export async function openBackend(config: AppConfig, logger: Logger = createLogger(config)) {
  if (config.secrets.development && config.env !== 'test') {
    logger.warn('SECRETS_KEY is not set: API key secrets are sealed with the fixed development key (never use this in production)');
  }
  const db = await openDatabase(config);
  try {
    await migrate(db.orm);
    if (config.seedDemoData) await db.orm.getSeeder().seed(DemoSeeder);
    const jobs = await JobQueue.start(db.url, db.embedded ? EMBEDDED_JOB_POOL : 4, logger, {
      supervise: config.jobs.runInApi,
      queues: JOB_NAMES,
    });
    const services: AppServices = { config, logger, companyLookup: createCompanyLookup(config), jobs };
    // Sales, decisions and a credit go through the services, which need the job queue for their outbox.
    if (config.seedDemoData) await seedDemoActivity(db.orm, services);
    if (config.seedDemoData) await seedDemoApiKey(db.orm, config);
    return { db, services };
  } catch (error) {
    await db.close();
    throw error;
  }
}

/** The whole API: database, jobs (unless a separate worker runs them), GraphQL and the portals. */
export async function startPlatform(config: AppConfig, logger: Logger = createLogger(config)): Promise<Platform> {
  const { db, services } = await openBackend(config, logger);
  let server: Server | undefined;
  let clicks: ClicksRuntime | undefined;
  try {
    if (config.jobs.runInApi) await registerJobHandlers(services.jobs, db.orm, logger, config);
    const apollo = createApolloServer(await getSchema(), config);
    await apollo.start();
    const http = createHttpApp(services, db.orm, apollo);
    const redirects = (clicks = await startClicksRuntime(config, db, logger));
    server = await new Promise<Server>((resolve, reject) => {
      const direct = directRoutes(ROUTES, services, db.orm);
      const s = createServer(withFastPaths(http, redirects.handle, direct)).listen(config.port, config.host, () => resolve(s));
      s.on('error', reject);
    });
    answerClientErrorsAsJson(server);
    const port = (server.address() as AddressInfo).port;
    const stop = async () => {
      // Stop taking requests first, then drain: keep-alive sockets are closed so close() can finish.
      const closed = new Promise<void>((resolve) => server!.close(() => resolve()));
      server!.closeIdleConnections();
      await closed;
      logger.debug('http server closed');
      // Every redirect answered has its click queued: written before the database closes.
      await redirects.stop();
      logger.debug('clicks written');
      await apollo.stop();
      await services.jobs.stop();
      logger.debug('job queue stopped');
      await db.close();
      logger.debug('database closed');
    };
    return { url: `http://localhost:${port}`, port, db, services, clicks: redirects, stop };
  } catch (error) {
    server?.close();
    await clicks?.stop().catch(() => undefined);
    await services.jobs.stop().catch(() => undefined);
    await db.close();
    throw error;
  }
}
