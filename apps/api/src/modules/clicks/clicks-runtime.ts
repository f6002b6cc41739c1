import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { AppConfig } from '../../config';
import type { Database } from '../../db/database';
import { preparedQuery } from '../../db/prepared-query';
import { ClickWriter, type Execute } from './click-writer';
import { LinkCache, type LinkRow } from './link-cache';
import { LinkListener, PollingLinkRefresher, type LinkRefresher } from './link-listener';
import { createRedirectHandler } from './redirect';

/** The redirect's moving parts in one API instance: the link cache and what keeps it fresh, the click writer. */
export interface ClicksRuntime {
  cache: LinkCache;
  writer: ClickWriter;
  /** Answers /r/<code> and /t.js; false for any other request. */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  /** Writes every queued click (tests, the benchmark). */
  flush(): Promise<void>;
  /** After the HTTP server stopped taking requests: writes every queued click, stops listening. */
  stop(): Promise<void>;
}

/** Loads the link cache fully (boot waits for it) and starts the listener and the click writer. */
export async function startClicksRuntime(config: AppConfig, db: Database, log: Logger): Promise<ClicksRuntime> {
  const em = db.orm.em.fork();
  // Plain statements on the ORM's pool, prepared once per connection where the pool allows it.
  const execute: Execute = <T>(sql: string, params: unknown[]) => preparedQuery<T>(em, 'clicks', sql, params);
  const cache = new LinkCache();
  const refresher: LinkRefresher = db.embedded
    ? new PollingLinkRefresher(cache, (sql) => execute<LinkRow>(sql, []), log)
    : new LinkListener(cache, db.url, log);
  await refresher.start();
  const writer = new ClickWriter(execute, log, config.clicks);
  writer.start();
  return {
    cache,
    writer,
    handle: createRedirectHandler({ cache, writer, log, trustProxy: config.trustProxy }),
    flush: () => writer.flush(),
    async stop() {
      await refresher.stop();
      await writer.stop();
    },
  };
}
