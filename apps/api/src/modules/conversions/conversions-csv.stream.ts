import type { Response } from 'express';
import type { RequestContext } from '../../context';
import { SqlParams } from '../../db/sql-params';
import { csvRow } from '../../shared/csv-export';
import { currencyFractionDigits } from '../../shared/currency';
import { TooManyAttemptsError } from '../../shared/errors';
import { assertReportTargets } from './conversion-report.service';
import {
  CONVERSION_COLUMNS,
  CONVERSION_FROM,
  CONVERSION_ORDER,
  conversionFilterSql,
  conversionFromRow,
  conversionScopeSql,
  type ConversionColumns,
} from './conversion-report.sql';
import type { Conversion, ConversionFilter } from './conversion-report.types';

interface PgConnection {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}
interface KnexClient {
  acquireConnection(): Promise<PgConnection>;
  releaseConnection(connection: PgConnection): Promise<void>;
}

/** Rows per FETCH from the cursor: the most the export ever holds in memory at once. */
export const CSV_BATCH_ROWS = 2000;

export const CSV_HEADER = [
  'Order ID',
  'Ordered at (UTC)',
  'Promotion',
  'Member ID',
  'Participant',
  'Kind',
  'Source',
  'Status',
  'Currency',
  'Amount',
  'Refunded',
  'Commission',
  'Commission reversed',
  'Attributed by',
  'Reason',
  'Promo code',
  'Click ID',
] as const;

/** Minor units as a plain decimal in the currency's own digits (12345 RUB -> 123.45), never through a float. */
export function minorToDecimal(amountMinor: string, currency: string): string {
  const digits = currencyFractionDigits(currency);
  if (digits === 0) return amountMinor;
  const padded = amountMinor.padStart(digits + 1, '0');
  return `${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}

export function conversionCsvLine(c: Conversion): string {
  const money = (m: Conversion['amount']) => minorToDecimal(m.amountMinor, m.currency);
  return csvRow([
    c.orderId,
    c.orderedAt.toISOString(),
    c.promotion.name,
    c.memberId,
    c.participantName,
    c.kind,
    c.source,
    c.status,
    c.amount.currency,
    money(c.amount),
    money(c.refunded),
    money(c.commission),
    money(c.commissionReversed),
    c.attribution.decidedBy,
    c.attribution.reason,
    c.attribution.promoCode,
    c.attribution.clickId,
  ]);
}

/**
 * Exports running at once in this process. Each holds a pooled connection for as long as its client reads, so
 * without a bound a few slow downloads would starve every other request of connections; past it, 429.
 */
export const MAX_CONCURRENT_CSV_EXPORTS = 2;
let runningExports = 0;

/** A client that reads nothing for this long is cut off: its export would hold a connection and a snapshot. */
export const CSV_STALL_MS = 60_000;

/** Resolves once the response can take more, or (then `false`) the client went away or stalled past CSV_STALL_MS. */
function writable(res: Response, stallMs: number): Promise<boolean> {
  if (res.destroyed || !res.socket || res.socket.destroyed) return Promise.resolve(false);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      res.destroy();
      done(false);
    }, stallMs);
    const done = (ok: boolean) => {
      clearTimeout(timer);
      res.off('drain', onDrain);
      res.off('close', onClose);
      resolve(ok);
    };
    const onDrain = () => done(true);
    const onClose = () => done(false);
    res.once('drain', onDrain);
    res.once('close', onClose);
  });
}

/**
 * Streams the conversions the caller may read as CSV, from a server-side cursor in a read-only transaction on
 * a connection of its own: FETCH a batch, write it, and when the socket's buffer is full wait for 'drain' before
 * the next FETCH — so a slow client slows the query instead of filling memory, and a million rows never sit
 * in memory (at most one batch does). A client that goes away ends the cursor and gives the connection back.
 * Everything that can be refused (filters, a foreign promotion) is checked, and the first batch read, before
 * the headers go out, so a refusal is still a JSON error; a failure after that cuts the response short.
 */
export async function streamConversionsCsv(
  ctx: RequestContext,
  filter: ConversionFilter,
  res: Response,
  { batchRows = CSV_BATCH_ROWS, stallMs = CSV_STALL_MS } = {},
): Promise<number> {
  await assertReportTargets(ctx, 'BRAND_OR_ADMIN', filter);
  const params = new SqlParams();
  const conditions = ['s.order_id is not null', conversionScopeSql(ctx, 'BRAND_OR_ADMIN', params), ...conversionFilterSql(filter, params)];
  const sql = `select ${CONVERSION_COLUMNS} from ${CONVERSION_FROM} where ${conditions.join(' and ')} order by ${CONVERSION_ORDER}`;

  if (runningExports >= MAX_CONCURRENT_CSV_EXPORTS) {
    throw new TooManyAttemptsError(30, 'Other conversion exports are running');
  }
  runningExports++;
  const client = ctx.em.getKnex().client as unknown as KnexClient;
  let connection: PgConnection;
  try {
    connection = await client.acquireConnection();
  } catch (error) {
    runningExports--;
    throw error;
  }
  let written = 0;
  let open = false;
  try {
    await connection.query('begin transaction isolation level repeatable read read only');
    open = true;
    await connection.query(`declare conversions_csv no scroll cursor for ${sql}`, params.values);
    const fetch = async () => (await connection.query(`fetch forward ${batchRows} from conversions_csv`)).rows as ConversionColumns[];
    let batch = await fetch();

    const day = new Date().toISOString().slice(0, 10);
    res.status(200);
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="conversions-${day}.csv"`);
    res.setHeader('cache-control', 'no-store');
    res.setHeader('x-content-type-options', 'nosniff');
    // The byte-order mark makes spreadsheets read the file as UTF-8 (Cyrillic names).
    let more = res.write(`\uFEFF${csvRow([...CSV_HEADER])}\r\n`);
    while (batch.length > 0) {
      const chunk = batch.map((row) => `${conversionCsvLine(conversionFromRow(row))}\r\n`).join('');
      written += batch.length;
      more = res.write(chunk);
      if (!more && !(await writable(res, stallMs))) return written;
      if (res.destroyed || res.socket?.destroyed) return written;
      batch = batch.length < batchRows ? [] : await fetch();
    }
    await connection.query('close conversions_csv');
    await connection.query('commit');
    open = false;
    res.end();
    return written;
  } catch (error) {
    if (!res.headersSent) throw error;
    ctx.log.error({ err: error, written }, 'conversions CSV export failed mid-stream');
    res.destroy(error as Error);
    return written;
  } finally {
    runningExports--;
    if (open) await connection.query('rollback').catch(() => undefined);
    await client.releaseConnection(connection);
  }
}
