import cookieParser from 'cookie-parser';
import type { Request, Response } from 'express';
import type { SessionTransport } from '../context';

export const SESSION_COOKIE = 'motiva_session';

const parseCookies = cookieParser();

/**
 * The request's cookies, parsed by cookie-parser on first need (it runs synchronously): a Bearer
 * request, an API client's, never needs them, and parsing them added properties to every request.
 */
function cookiesOf(req: Request): Record<string, string> | undefined {
  if (req.cookies === undefined) parseCookies(req, {} as Response, () => undefined);
  return req.cookies as Record<string, string> | undefined;
}

/** Cookie for browsers (httpOnly, SameSite=Lax, Secure in production); Bearer for API clients. */
export function readSessionToken(req: Request): string | null {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim() || null;
  const cookie = cookiesOf(req)?.[SESSION_COOKIE];
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
