// Baseline: a bare node:http server answering the same 302 as /r/<code> (a new UUID in the landing URL,
// built the way the API builds it: the URL split around the id once, so a request only concatenates; the
// same headers), with no link lookup and no click recorded.
import { randomUUID } from 'node:crypto';
import http from 'node:http';

const landing = new URL('https://shop.bench.test/landing?utm_source=motiva');
landing.searchParams.set('click_id', 'ID');
const [before, after] = landing.href.split('ID');
const server = http.createServer((req, res) => {
  res.writeHead(302, {
    location: before + randomUUID() + after,
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
    'x-robots-tag': 'noindex',
    'content-length': 0,
  });
  res.end();
});
server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ ready: true, port: server.address().port })));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
