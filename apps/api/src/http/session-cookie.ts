import type { Request, Response } from 'express';
import type { SessionTransport } from '../graphql/context';

export const SESSION_COOKIE = 'motiva_session';

/** Cookie for browsers (httpOnly, SameSite=Lax, Secure in production); Bearer for API clients. */
export function readSessionToken(req: Request): string | null {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim() || null;
  const cookie = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
  return cookie || null;
}

export function cookieTransport(res: Response, secure: boolean): SessionTransport {
  return {
    setSessionCookie(token, expiresAt) {
      res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires: expiresAt });
    },
    clearSessionCookie() {
      res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
    },
  };
}
