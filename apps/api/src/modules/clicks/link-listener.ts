import pg from 'pg';
import type { Logger } from 'pino';
import { LINK_SQL, type LinkCache, type LinkRow } from './link-cache';

/** The channel the migration's triggers notify: 'L:<link code>' or 'P:<promotion id>'. */
export const LINK_CHANNEL = 'motiva_links';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_BACKOFF_MS = 10_000;

export interface LinkRefresher {
  /** Resolves once the first full load is in the cache (boot waits for it). */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Keeps the link cache fresh through PostgreSQL LISTEN/NOTIFY on a dedicated connection of its own (not
 * the ORM's pool: a LISTEN needs one session for good). A notification reloads only the named links or
 * the promotion's links; every (re)connect does a full reload, because notifications sent while the
 * connection was down are lost. A lost connection is retried with exponential backoff (250 ms to 10 s).
 * The redirect never waits for any of this: it reads whatever the cache holds.
 */
export class LinkListener implements LinkRefresher {
  private client: pg.Client | null = null;
  private stopped = false;
  private attempt = 0;
  private retryTimer: NodeJS.Timeout | null = null;
  private pendingCodes = new Set<string>();
  private pendingPromotions = new Set<string>();
  private draining = false;

  constructor(
    private readonly cache: LinkCache,
    private readonly url: string,
    private readonly log: Logger,
  ) {}

  async start(): Promise<void> {
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url, keepAlive: true, application_name: 'motiva-link-listener' });
    client.on('error', (err) => this.lost(client, err));
    client.on('end', () => this.lost(client));
    client.on('notification', (msg) => {
      if (msg.channel === LINK_CHANNEL && msg.payload) this.notified(msg.payload);
    });
    try {
      await client.connect();
      if (this.stopped) {
        await client.end();
        return;
      }
      this.client = client;
      await client.query(`listen ${LINK_CHANNEL}`);
      // After LISTEN: a change between the load's snapshot and now is notified, so nothing falls through.
      const { rows } = await client.query<LinkRow>(LINK_SQL);
      this.cache.replaceAll(rows);
      this.attempt = 0;
      this.log.debug({ links: rows.length }, 'link cache loaded');
    } catch (error) {
      client.removeAllListeners('end');
      await client.end().catch(() => undefined);
      if (this.client === client) this.client = null;
      throw error;
    }
  }

  private lost(client: pg.Client, err?: Error): void {
    if (this.stopped || this.client !== client) return;
    this.client = null;
    this.log.warn({ err }, 'link listener lost its connection; reconnecting');
    client.end().catch(() => undefined);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.retryTimer) return;
    const delay = Math.min(MAX_BACKOFF_MS, 250 * 2 ** this.attempt);
    this.attempt += 1;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.connect().catch((err) => {
        this.log.warn({ err, attempt: this.attempt }, 'link listener could not reconnect');
        this.scheduleReconnect();
      });
    }, delay);
    this.retryTimer.unref();
  }

  private notified(payload: string): void {
    const [kind, value] = [payload.slice(0, 2), payload.slice(2)];
    if (kind === 'L:' && value) this.pendingCodes.add(value);
    else if (kind === 'P:' && UUID.test(value)) this.pendingPromotions.add(value);
    else return;
    void this.drain();
  }

  /** Reloads what the notifications named, in batches, one query at a time on the listener's connection. */
  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.client && (this.pendingCodes.size || this.pendingPromotions.size)) {
        const promotions = [...this.pendingPromotions];
        const codes = [...this.pendingCodes, ...promotions.flatMap((id) => this.cache.codesOfPromotion(id))];
        this.pendingCodes.clear();
        this.pendingPromotions.clear();
        const { rows } = await this.client.query<LinkRow>(
          `${LINK_SQL} where l.code = any($1::text[]) or l.promotion_id = any($2::uuid[])`,
          [codes, promotions],
        );
        this.cache.applyReload(codes, rows);
      }
    } catch (err) {
      // The connection is gone or going: its reconnect does a full reload.
      this.log.warn({ err }, 'link cache reload failed');
    } finally {
      this.draining = false;
    }
  }
}

/**
 * The embedded database (PGlite behind our small wire server) cannot be relied on for LISTEN/NOTIFY:
 * there the cache is fully reloaded every `intervalMs` instead, through the given query function.
 */
export class PollingLinkRefresher implements LinkRefresher {
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(
    private readonly cache: LinkCache,
    private readonly query: (sql: string) => Promise<LinkRow[]>,
    private readonly log: Logger,
    private readonly intervalMs = 2_000,
  ) {}

  async start(): Promise<void> {
    this.cache.replaceAll(await this.query(LINK_SQL));
    this.timer = setInterval(() => void this.reload(), this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async reload(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      this.cache.replaceAll(await this.query(LINK_SQL));
    } catch (err) {
      this.log.warn({ err }, 'link cache reload failed');
    } finally {
      this.running = false;
    }
  }
}
