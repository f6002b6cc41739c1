import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { ClickWriter } from './click-writer';
import { isLinkCode, type LinkCache } from './link-cache';
import { pageHtml, pageLocale, type PageKind } from './redirect-pages';
import { TRACKING_SCRIPT } from './tracking-script';
import { agentClassOf, referrerHostOf } from './visitor';

const SCRIPT_HEADERS = {
  'content-type': 'text/javascript; charset=utf-8',
  'content-length': Buffer.byteLength(TRACKING_SCRIPT),
  // Public and the same for everyone: brands' pages may cache it for a day.
  'cache-control': 'public, max-age=86400',
  'x-content-type-options': 'nosniff',
  'cross-origin-resource-policy': 'cross-origin',
};

export interface RedirectDeps {
  cache: LinkCache;
  writer: ClickWriter;
  log: Logger;
  /** Take the visitor's address from X-Forwarded-For (the API runs behind a proxy: config.trustProxy). */
  trustProxy: boolean;
}

/**
 * Answers `GET|HEAD /r/<code>` and `GET|HEAD /t.js` before Express; answers false for anything else.
 * Everything comes from memory: the link cache decides, the click goes to the writer's queue, and the
 * response is written at once. It never redirects anywhere but the stored, checked landing URL.
 */
export function createRedirectHandler(deps: RedirectDeps): (req: IncomingMessage, res: ServerResponse) => boolean {
  return (req, res) => {
    const url = req.url;
    if (!url || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
    if (url === '/t.js' || url.startsWith('/t.js?')) {
      res.writeHead(200, SCRIPT_HEADERS);
      res.end(req.method === 'HEAD' ? undefined : TRACKING_SCRIPT);
      return true;
    }
    if (!url.startsWith('/r/')) return false;
    try {
      redirect(deps, req, res, url);
    } catch (err) {
      deps.log.error({ err }, 'tracking redirect failed');
      if (!res.headersSent) page(req, res, 'gone');
      else res.end();
    }
    return true;
  };
}

function redirect(deps: RedirectDeps, req: IncomingMessage, res: ServerResponse, url: string): void {
  const query = url.indexOf('?');
  const code = url.slice(3, query === -1 ? undefined : query);
  if (!isLinkCode(code)) return page(req, res, 'unknown');
  const now = Date.now();
  const decision = deps.cache.decide(code, now);
  if (decision.kind !== 'redirect') return page(req, res, decision.kind);
  const { entry } = decision;
  const clickId = randomUUID();
  const location = entry.location!.before + clickId + entry.location!.after;
  // A HEAD is a link checker, never a visitor's navigation: answered the same, not counted.
  if (req.method === 'GET') {
    // Bounded before the bot patterns see it: a 16 KB header must not cost a regular expression's worst case.
    const userAgent = header(req, 'user-agent').slice(0, 1_000);
    deps.writer.enqueue({
      clickId,
      linkId: entry.linkId,
      clickedAt: now,
      address: addressOf(req, deps.trustProxy),
      userAgent,
      agentClass: agentClassOf(userAgent),
      referrerHost: referrerHostOf(header(req, 'referer') || undefined),
    });
  }
  res.writeHead(302, {
    location,
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
    'x-robots-tag': 'noindex',
    'content-length': 0,
  });
  res.end();
}

function page(req: IncomingMessage, res: ServerResponse, kind: PageKind): void {
  const locale = pageLocale(header(req, 'accept-language'));
  const html = pageHtml(kind, locale);
  res.writeHead(kind === 'unknown' ? 404 : 410, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(html),
    'content-language': locale,
    'cache-control': 'no-store',
    vary: 'accept-language',
    'x-content-type-options': 'nosniff',
    'x-robots-tag': 'noindex',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
  });
  res.end(req.method === 'HEAD' ? undefined : html);
}

function header(req: IncomingMessage, name: string): string {
  const value = req.headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

function addressOf(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = header(req, 'x-forwarded-for').split(',')[0]?.trim();
    if (forwarded) return forwarded.slice(0, 100);
  }
  return req.socket.remoteAddress ?? '';
}
