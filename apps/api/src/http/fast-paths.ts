import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';

const HEALTHY = JSON.stringify({ status: 'ok' });

/**
 * Requests answered before Express sees them: the ones a load balancer or a visitor's browser sends
 * most often and that need no session, body parsing or router (/healthz now; the tracking redirect
 * belongs here too). Express's own request and response set-up costs more than such an answer.
 * Everything else goes to `app` unchanged.
 */
export function withFastPaths(app: RequestListener): RequestListener {
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
    app(req, res);
  };
}
