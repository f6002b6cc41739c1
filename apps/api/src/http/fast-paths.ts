import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';

const HEALTHY = JSON.stringify({ status: 'ok' });

/** A fast path of a feature: answers the request and says true, or leaves it alone and says false. */
export type FastPath = (req: IncomingMessage, res: ServerResponse) => boolean;

/**
 * Requests answered before Express sees them: the ones a load balancer or a visitor's browser sends
 * most often and that need no session, body parsing or router (/healthz, the tracking redirect
 * /r/<code> with the brand-site script /t.js from modules/clicks, and the signed server-to-server routes
 * declared `direct`, direct-routes.ts). Express's own request and response set-up costs more than such an
 * answer. Everything else goes to `app` unchanged.
 */
export function withFastPaths(app: RequestListener, ...paths: FastPath[]): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    if ((req.method === 'GET' || req.method === 'HEAD') && (req.url === '/healthz' || req.url?.startsWith('/healthz?'))) {
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(HEALTHY),
        'cache-control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : HEALTHY);
      return;
    }
    for (const path of paths) if (path(req, res)) return;
    app(req, res);
  };
}
