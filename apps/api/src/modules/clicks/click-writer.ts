import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { ClickAgentClass } from './clicks.enums';
import { utcDay, visitorHash } from './visitor';

const DAY_MS = 86_400_000;

/** A click waiting in memory for the next flush. The address is kept only until then, never stored. */
export interface PendingClick {
  clickId: string;
  /** The member, promotion and participant are the link's, read from its row when the click is written. */
  linkId: string;
  clickedAt: number;
  address: string;
  userAgent: string;
  agentClass: ClickAgentClass;
  referrerHost: string | null;
}

/** Runs one SQL statement with $1, $2... placeholders and answers its rows (db/prepared-query.ts on the ORM's pool). */
export type Execute = <T>(sql: string, params: unknown[]) => Promise<T[]>;

export interface ClickWriterOptions {
  flushEveryMs?: number;
  batchSize?: number;
  /** Beyond this many queued clicks the oldest are dropped (and counted) rather than run out of memory. */
  maxQueued?: number;
}

/**
 * Writes the redirect's clicks in batches: every 250 ms, or at once when 2,000 are waiting, one multi-row
 * INSERT per batch. The same statement decides uniqueness across instances: the batch's first click of
 * a visitor on a link in a UTC hour tries click_unique, and only the rows it actually inserted count
 * (a join: looked up per click, it was quadratic in the batch). A failed flush keeps the batch at the head of the queue and retries with backoff; the statement is
 * idempotent (click ids are unique), so a retry after an unclear failure stores nothing twice.
 */
export class ClickWriter {
  private queue: PendingClick[] = [];
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;
  private failures = 0;
  private retryAt = 0;
  private salts = new Map<string, string>();
  /** Clicks dropped because the queue was full, since start. */
  dropped = 0;
  /** Clicks written, since start. */
  written = 0;
  private readonly flushEveryMs: number;
  private readonly batchSize: number;
  private readonly maxQueued: number;

  constructor(
    private readonly execute: Execute,
    private readonly log: Logger,
    options: ClickWriterOptions = {},
  ) {
    this.flushEveryMs = options.flushEveryMs ?? 250;
    this.batchSize = options.batchSize ?? 2_000;
    this.maxQueued = options.maxQueued ?? 200_000;
  }

  get queued(): number {
    return this.queue.length;
  }

  start(): void {
    this.timer = setInterval(() => void this.flushSoon(), this.flushEveryMs);
    this.timer.unref();
  }

  enqueue(click: PendingClick): void {
    if (this.queue.length >= this.maxQueued) {
      this.queue.shift();
      this.dropped += 1;
      if (this.dropped === 1 || this.dropped % 1_000 === 0) {
        this.log.error({ dropped: this.dropped, maxQueued: this.maxQueued }, 'click queue full: oldest clicks dropped');
      }
    }
    this.queue.push(click);
    if (this.queue.length === this.batchSize) setImmediate(() => void this.flushSoon());
  }

  /** Writes everything queued now; rejects if a batch fails (the batch stays queued). */
  async flush(): Promise<void> {
    if (this.flushing) await this.flushing.catch(() => undefined);
    this.flushing = this.writeAll();
    try {
      await this.flushing;
    } finally {
      this.flushing = null;
    }
  }

  /**
   * Stops the timer and writes every queued click, retrying a failing batch until `deadlineMs` has
   * passed; what is still queued then is logged as lost.
   */
  async stop(deadlineMs = 15_000): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    const until = Date.now() + deadlineMs;
    for (let attempt = 0; this.queue.length > 0 || this.flushing; attempt += 1) {
      try {
        await this.flush();
      } catch (err) {
        if (Date.now() >= until) {
          this.log.error({ err, lost: this.queue.length }, 'clicks could not be written before shutdown');
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, Math.min(1_000, 50 * 2 ** attempt)));
      }
    }
    if (this.dropped) this.log.warn({ dropped: this.dropped }, 'clicks dropped while the queue was full');
  }

  private async flushSoon(): Promise<void> {
    if (this.flushing || this.queue.length === 0 || Date.now() < this.retryAt) return;
    try {
      await this.flush();
      this.failures = 0;
    } catch (err) {
      this.failures += 1;
      this.retryAt = Date.now() + Math.min(5_000, 100 * 2 ** this.failures);
      this.log.warn({ err, queued: this.queue.length, failures: this.failures }, 'click flush failed; will retry');
    }
  }

  private async writeAll(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.batchSize);
      try {
        await this.writeBatch(batch);
        this.written += batch.length;
      } catch (error) {
        this.queue.unshift(...batch);
        throw error;
      }
    }
  }

  private async writeBatch(batch: readonly PendingClick[]): Promise<void> {
    // Short keys and epoch milliseconds: the batch travels as one JSON parameter, and its size is most
    // of the writer's CPU. The member, promotion and participant come from the link row in SQL.
    const rows: Array<{ c: string; l: string; t: number; h: string; a: string; r: string | null; o: number }> = [];
    let day = -1;
    let salt = '';
    for (const [ord, click] of batch.entries()) {
      if (Math.floor(click.clickedAt / DAY_MS) !== day) {
        day = Math.floor(click.clickedAt / DAY_MS);
        salt = await this.saltOf(utcDay(click.clickedAt));
      }
      rows.push({
        c: click.clickId,
        l: click.linkId,
        t: click.clickedAt,
        h: visitorHash(salt, click.address, click.userAgent),
        a: click.agentClass,
        r: click.referrerHost,
        o: ord,
      });
    }
    await this.execute(
      `with live as (
         select v.c as click_id, v.l as link_id, l.member_id, l.promotion_id, l.participant_id,
                to_timestamp(v.t / 1000.0) as clicked_at, v.h as visitor_hash, v.a as agent_class, v.r as referrer_host, v.o as ord
           from jsonb_to_recordset($1::jsonb) as v (c uuid, l uuid, t bigint, h varchar(64), a click_agent_class, r varchar(255), o int)
           join tracking_link l on l.id = v.l
       ), firsts as (
         select ord, link_id, visitor_hash, date_trunc('hour', clicked_at, 'UTC') as hour,
                row_number() over (partition by link_id, visitor_hash, date_trunc('hour', clicked_at, 'UTC') order by clicked_at, ord) as rn
           from live where agent_class <> 'BOT'
       ), counted as (
         insert into click_unique (link_id, visitor_hash, hour)
         select link_id, visitor_hash, hour from firsts where rn = 1
         on conflict do nothing
         returning link_id, visitor_hash, hour
       ), uniques as (
         select f.ord from firsts f join counted c using (link_id, visitor_hash, hour) where f.rn = 1
       )
       insert into tracking_click (click_id, link_id, member_id, promotion_id, participant_id, clicked_at, visitor_hash,
                                   agent_class, referrer_host, is_unique)
       select live.click_id, live.link_id, live.member_id, live.promotion_id, live.participant_id, live.clicked_at,
              live.visitor_hash, live.agent_class, live.referrer_host, uniques.ord is not null
         from live left join uniques using (ord) order by live.ord
       on conflict (click_id) do nothing`,
      [JSON.stringify(rows)],
    );
  }

  /** The UTC day's salt, shared by every instance through click_day_salt (the first to ask creates it). */
  private async saltOf(day: string): Promise<string> {
    const known = this.salts.get(day);
    if (known) return known;
    const [row] = await this.execute<{ salt: string }>(
      `with created as (
         insert into click_day_salt (day, salt) values ($1::date, $2) on conflict do nothing returning salt
       )
       select salt from created union all select salt from click_day_salt where day = $3::date limit 1`,
      [day, randomBytes(32).toString('hex'), day],
    );
    if (!row) throw new Error(`no click salt for ${day}`);
    if (this.salts.size > 4) this.salts.clear();
    this.salts.set(day, row.salt);
    return row.salt;
  }
}
