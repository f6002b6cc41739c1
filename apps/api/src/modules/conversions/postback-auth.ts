import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import { Permission, Role } from '@motiva/schema';
import type { Viewer } from '../../auth/viewer';
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

/** Unsealed secrets by sealed text: decrypting once per key, not per request (bounded). */
const secrets = new Map<string, Buffer>();
/** When this process last wrote a key's last_used_at: at most one write a minute per key. */
const touched = new Map<string, number>();

/** JSON only (415 otherwise), and a declared length within bounds (413) before anything is looked up. */
export function requireJson(req: Request): void {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') throw new UnsupportedMediaTypeError('Send the body as JSON (Content-Type: application/json)');
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES)
    throw new PayloadTooLargeError(`The body is larger than ${MAX_BODY_BYTES} bytes`);
}

/** HMAC-SHA256 of `timestamp + "." + body` under the secret, hex: what X-Motiva-Signature carries after `sha256=`. */
export function signPostback(secret: string, timestamp: string, body: Buffer | string): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex');
}

const header = (req: Request, name: string): string => {
  const v = req.headers[name];
  return (Array.isArray(v) ? v[0] : v)?.trim() ?? '';
};

/**
 * The route layer's authenticate() for signed postbacks: the key (UNKNOWN_KEY when unknown or revoked),
 * the timestamp within 5 minutes (STALE_SIGNATURE), the signature over the raw body compared in
 * constant time (BAD_SIGNATURE), and a replay of the identical request (REPLAYED, remembered until it
 * would be stale anyway). Every refusal is a 401 and stores nothing. Answers the brand's principal: the
 * one permission PostConversions and the brand; the raw body is left in res.locals.rawBody.
 */
export async function authenticatePostback(ctx: RequestContext, req: Request, res: Response): Promise<Viewer> {
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
  const [key] = await ctx.em.execute<KeyRow[]>(
    `select id, brand_id, secret_sealed, created_by_id, revoked_at from brand_api_key where prefix = ?`,
    [prefix],
  );
  if (!key || key.revoked_at) throw new ConversionError('UNKNOWN_KEY', 'The API key is unknown or revoked');
  const body = await readBodyWithin(req, res, {
    maxBytes: MAX_BODY_BYTES,
    drainBytes: 4 * MAX_BODY_BYTES,
    tooLarge: () => new PayloadTooLargeError(`The body is larger than ${MAX_BODY_BYTES} bytes`),
  });
  const secret = secretOf(ctx, key.secret_sealed);
  const expected = Buffer.from(signPostback(secret.toString('utf8'), timestamp, body), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(signature, 'hex'))) {
    throw new ConversionError('BAD_SIGNATURE', 'The signature does not match the body and timestamp');
  }
  const fresh = await ctx.em.execute<{ ok: number }[]>(
    `insert into postback_replay (key_id, signature, expires_at) values (?, ?, to_timestamp(?) + interval '${SIGNATURE_WINDOW_S} seconds')
     on conflict do nothing returning 1 as ok`,
    [key.id, signature, Number(timestamp)],
  );
  if (fresh.length === 0) throw new ConversionError('REPLAYED', 'This signed request was received before; sign it again to resend');
  if (Math.random() < 0.01) await ctx.em.execute(`delete from postback_replay where expires_at < now()`);
  await touchKey(ctx, key.id);
  res.locals.rawBody = body;
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

function secretOf(ctx: RequestContext, sealed: string): Buffer {
  let secret = secrets.get(sealed);
  if (!secret) {
    secret = Buffer.from(unseal(ctx.app.config.secrets.key, sealed), 'utf8');
    if (secrets.size >= 1000) secrets.clear();
    secrets.set(sealed, secret);
  }
  return secret;
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
