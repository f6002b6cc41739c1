import { createHmac, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { IncomingMessage } from 'node:http';
import { Permission, Role } from '@motiva/schema';
import type { Viewer } from '../../auth/viewer';
import type { DirectResponse } from '../../routes/define-route';
import type { RequestContext } from '../../context';
import { readBodyWithin } from '../../routes/read-body';
import { DomainError, UnauthenticatedError } from '../../shared/errors';
import { ModerationStatus } from '../../shared/enums';
import { ConversionError } from './conversion-errors';
import { unseal } from './secrets';

/** A signature is good for 5 minutes either side of the server's clock; a replay is remembered as long. */
export const SIGNATURE_WINDOW_S = 300;
/** The largest postback body; a bigger one is refused (413) before it is parsed. */
export const MAX_BODY_BYTES = 64 * 1024;

class PayloadTooLargeError extends DomainError {
  readonly code = 'PAYLOAD_TOO_LARGE';
}
class UnsupportedMediaTypeError extends DomainError {
  readonly code = 'UNSUPPORTED_MEDIA_TYPE';
}

interface KeyRow {
  id: string;
  brand_id: string;
  secret_sealed: string;
  created_by_id: string | null;
  revoked_at: Date | null;
}

/** A key as this process knows it: the row, its secret unsealed once, and when it was read. */
interface CachedKey {
  row: KeyRow;
  secret: Buffer;
  readAt: number;
}

/**
 * Keys by prefix, read at most once every KEY_TTL_MS: a postback costs no lookup round trip. A revocation
 * in this process drops the entry at once (forgetApiKey); another instance notices within KEY_TTL_MS, and
 * meanwhile it writes nothing with the key: claiming the replay marker, in the same statement as the sale,
 * checks the key is still live (replayClaimCte).
 */
const keys = new Map<string, CachedKey>();
const KEY_TTL_MS = 5_000;
/** When this process last wrote a key's last_used_at: at most one write a minute per key. */
const touched = new Map<string, number>();

/** What a signed request leaves for its handler: the marker it claims when it is accepted (claimReplay, replayClaimCte). */
export interface ReplayMarker {
  keyId: string;
  /** The request's signature, hex. */
  signature: string;
  /** Its X-Motiva-Timestamp, unix seconds: the marker is kept until the signature would be stale anyway. */
  timestamp: number;
}

/** Forgets a key this process cached (its revocation), so the next request reads it again. */
export function forgetApiKey(prefix: string): void {
  keys.delete(prefix);
}

/** JSON only (415 otherwise), and a declared length within bounds (413) before anything is looked up. */
export function requireJson(req: IncomingMessage): void {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') throw new UnsupportedMediaTypeError('Send the body as JSON (Content-Type: application/json)');
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES)
    throw new PayloadTooLargeError(`The body is larger than ${MAX_BODY_BYTES} bytes`);
}

/** HMAC-SHA256 of `timestamp + "." + body` under the secret, hex: what X-Motiva-Signature carries after `sha256=`. */
export function signPostback(secret: string, timestamp: string, body: Buffer | string): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex');
}

const header = (req: IncomingMessage, name: string): string => {
  const v = req.headers[name];
  return (Array.isArray(v) ? v[0] : v)?.trim() ?? '';
};

/**
 * The route layer's authenticate() for signed postbacks: the key (UNKNOWN_KEY when unknown or revoked;
 * keyOf, no round trip while cached), the timestamp within 5 minutes (STALE_SIGNATURE), the signature over
 * the raw body compared in constant time (BAD_SIGNATURE). Every refusal is a 401 and stores nothing. A
 * replay of the identical request (REPLAYED) is refused when the handler claims the request's marker, left
 * in res.locals.replay, once the body is accepted (replayOf): a refused request leaves no marker. Answers the
 * brand's principal: the one permission PostConversions and the brand; the raw body is left in res.locals.rawBody.
 */
export async function authenticatePostback(ctx: RequestContext, req: IncomingMessage, res: DirectResponse): Promise<Viewer> {
  const prefix = header(req, 'x-motiva-key');
  const timestamp = header(req, 'x-motiva-timestamp');
  const signature = /^sha256=([0-9a-f]{64})$/i.exec(header(req, 'x-motiva-signature'))?.[1]?.toLowerCase();
  // No key at all (a session is no credential here): not signed in, as on any route.
  if (!prefix)
    throw new UnauthenticatedError('Sign the request with a brand API key (X-Motiva-Key, X-Motiva-Timestamp, X-Motiva-Signature)');
  if (!/^[A-Za-z0-9]{12}$/.test(prefix)) throw new ConversionError('UNKNOWN_KEY', 'The API key is unknown or revoked');
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(Date.now() / 1000 - Number(timestamp)) > SIGNATURE_WINDOW_S) {
    throw new ConversionError('STALE_SIGNATURE', 'X-Motiva-Timestamp must be the current unix time in seconds (within 5 minutes)');
  }
  if (!signature) throw new ConversionError('BAD_SIGNATURE', 'Send X-Motiva-Signature: sha256=<hex HMAC-SHA256>');
  const cached = await keyOf(ctx, prefix);
  if (!cached || cached.row.revoked_at) throw new ConversionError('UNKNOWN_KEY', 'The API key is unknown or revoked');
  const key = cached.row;
  const body = await readBodyWithin(req, res, {
    maxBytes: MAX_BODY_BYTES,
    drainBytes: 4 * MAX_BODY_BYTES,
    tooLarge: () => new PayloadTooLargeError(`The body is larger than ${MAX_BODY_BYTES} bytes`),
  });
  const expected = Buffer.from(signPostback(cached.secret.toString('utf8'), timestamp, body), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(signature, 'hex'))) {
    throw new ConversionError('BAD_SIGNATURE', 'The signature does not match the body and timestamp');
  }
  await touchKey(ctx, key.id);
  res.locals.rawBody = body;
  res.locals.replay = { keyId: key.id, signature, timestamp: Number(timestamp) } satisfies ReplayMarker;
  return {
    userId: key.created_by_id ?? '',
    sessionId: `api-key:${key.id}`,
    role: Role.BRAND,
    status: ModerationStatus.APPROVED,
    brandId: key.brand_id,
    partnerId: null,
    participantId: null,
    permissions: new Set([Permission.PostConversions]),
  };
}

async function keyOf(ctx: RequestContext, prefix: string): Promise<CachedKey | null> {
  const now = Date.now();
  const cached = keys.get(prefix);
  if (cached && now - cached.readAt < KEY_TTL_MS) return cached;
  const [row] = await ctx.em.execute<KeyRow[]>(
    `select id, brand_id, secret_sealed, created_by_id, revoked_at from brand_api_key where prefix = ?`,
    [prefix],
  );
  if (!row) return null;
  const secret =
    cached?.row.secret_sealed === row.secret_sealed
      ? cached.secret
      : Buffer.from(unseal(ctx.app.config.secrets.key, row.secret_sealed), 'utf8');
  if (keys.size >= 1000) keys.clear();
  const entry = { row, secret, readAt: now };
  keys.set(prefix, entry);
  return entry;
}

/** The replay marker handed to the handler by authenticatePostback; a route without one is not signed. */
export function replayOf(res: DirectResponse): ReplayMarker {
  const marker = res.locals.replay as ReplayMarker | undefined;
  if (!marker) throw new Error('a signed route ran without authenticatePostback');
  return marker;
}

/**
 * A common table expression `replay` that records the marker only while its key is live, answering one row
 * when this request is the first with its signature. Its parameters are appended to `values`.
 */
export function replayClaimCte(marker: ReplayMarker, values: unknown[]): string {
  values.push(marker.signature, marker.timestamp, marker.keyId);
  return `replay as (
      insert into postback_replay (key_id, signature, expires_at)
      select k.id, ?, to_timestamp(?) + interval '${SIGNATURE_WINDOW_S} seconds' from brand_api_key k where k.id = ? and k.revoked_at is null
      on conflict do nothing returning 1 as fresh
    )`;
}

/** Why a marker could not be claimed: the key was revoked meanwhile, or the request was seen before. */
export function replayRefusal(keyLive: boolean): ConversionError {
  return keyLive
    ? new ConversionError('REPLAYED', 'This signed request was received before; sign it again to resend')
    : new ConversionError('UNKNOWN_KEY', 'The API key is unknown or revoked');
}

/**
 * Records the marker of an accepted request in a statement of its own (a refund, a repeated order):
 * REPLAYED when the same signed request was accepted before, UNKNOWN_KEY when the key is revoked.
 */
export async function claimReplay(em: EntityManager, marker: ReplayMarker): Promise<void> {
  const values: unknown[] = [];
  const cte = replayClaimCte(marker, values);
  const [row] = await em.execute<{ fresh: boolean; key_live: boolean }[]>(
    `with ${cte} select exists (select 1 from replay) as fresh,
            exists (select 1 from brand_api_key where id = ? and revoked_at is null) as key_live`,
    [...values, marker.keyId],
  );
  if (!row?.fresh) throw replayRefusal(Boolean(row?.key_live));
  if (Math.random() < 0.01) await em.execute(`delete from postback_replay where expires_at < now()`);
}

async function touchKey(ctx: RequestContext, keyId: string): Promise<void> {
  const now = Date.now();
  if (now - (touched.get(keyId) ?? 0) < 60_000) return;
  touched.set(keyId, now);
  if (touched.size > 10_000) touched.clear();
  await ctx.em.execute(
    `update brand_api_key set last_used_at = now() where id = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')`,
    [keyId],
  );
}
