import { defineConfig } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { SeedManager } from '@mikro-orm/seeder';
import { entities } from './entities';
import { migrationsList } from './migrations';
import { SessionCacheInvalidation } from '../modules/identity/session-cache.subscriber';

export interface OrmOptions {
  clientUrl: string;
  poolMax: number;
  debug?: boolean;
}

export function ormConfig(options: OrmOptions) {
  return defineConfig({
    clientUrl: options.clientUrl,
    entities,
    // Keeps the in-process session cache honest about moderation, deactivation and revocation.
    subscribers: [new SessionCacheInvalidation()],
    discovery: { warnWhenNoEntities: true },
    extensions: [Migrator, SeedManager],
    migrations: {
      // Migrations are TS classes imported by a list, so tests and the compiled app run the same set.
      migrationsList,
      transactional: true,
      silent: true,
      allOrNothing: true,
      snapshot: false,
      path: 'src/db/migrations',
      emit: 'ts',
    },
    pool: { min: 0, max: options.poolMax },
    forceUtcTimezone: true,
    // Requests always work on a fork; touching the global context is a bug.
    allowGlobalContext: false,
    debug: options.debug ?? false,
    ignoreUndefinedInQuery: true,
  });
}
