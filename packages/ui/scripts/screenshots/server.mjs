// Serves the built portals from one origin, like the API does in production (/admin/, /brand/, ...),
// with each portal's index.html as the fallback for client-side routes.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
};

export function servePortals(repoRoot, portals) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const portal = portals.find((p) => url.pathname.startsWith(p.base));
    if (!portal) {
      res.writeHead(404).end('no portal here');
      return;
    }
    const dist = path.join(repoRoot, portal.dist);
    const relative = decodeURIComponent(url.pathname.slice(portal.base.length));
    let file = path.join(dist, relative);
    if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) file = path.join(dist, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
