import { createHash, randomBytes } from 'node:crypto';

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens have 256 bits of entropy, so a plain SHA-256 is enough (no salt or slow hash needed). */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
