import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** Characters of a key's public prefix. */
export const PREFIX_LENGTH = 12;
/** A presented credential: `mtv_<12 base62>_<43 base64url>`. */
export const CREDENTIAL_PATTERN = /^mtv_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

/** 12 base62 characters, unbiased (bytes >= 248 are drawn again). */
export function newPrefix(): string {
  let out = '';
  while (out.length < PREFIX_LENGTH) {
    for (const byte of randomBytes(PREFIX_LENGTH * 2)) {
      if (byte < 248 && out.length < PREFIX_LENGTH) out += BASE62[byte % 62];
    }
  }
  return out;
}

/** 32 random bytes as base64url (43 characters). */
export const newSecret = (): string => randomBytes(32).toString('base64url');

export const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');

/** AES-256-GCM under the server key: `v1.<iv>.<tag>.<ciphertext>`, each base64url. */
export function seal(key: Buffer, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
}

/** The sealed text opened again; throws when it was sealed under another key or altered. */
export function unseal(key: Buffer, sealed: string): string {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('Not a sealed secret');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}
