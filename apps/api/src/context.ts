import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { AppConfig } from './config';
import type { Viewer } from './auth/viewer';
import type { CompanyLookupProvider } from './modules/company-lookup/company-lookup.provider';
import type { JobQueue } from './jobs/job-queue';
import type { Loaders } from './loaders/loaders';

/** Long-lived collaborators built once at boot. */
export interface AppServices {
  config: AppConfig;
  logger: Logger;
  companyLookup: CompanyLookupProvider;
  jobs: JobQueue;
}

/** How a service hands a session to the client without knowing about HTTP. */
export interface SessionTransport {
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
}

/** Built fresh for every request; every service function takes it first. */
export interface RequestContext {
  app: AppServices;
  requestId: string;
  em: EntityManager;
  loaders: Loaders;
  viewer: Viewer | null;
  sessionToken: string | null;
  ip: string;
  userAgent: string | null;
  transport: SessionTransport;
  log: Logger;
}
