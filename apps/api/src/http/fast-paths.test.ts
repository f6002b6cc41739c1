import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withFastPaths } from './fast-paths';

describe('fast paths ahead of Express', () => {
  let server: Server;
  let base: string;
  const seenByApp: string[] = [];

  beforeAll(async () => {
    server = createServer(
      withFastPaths((req, res) => {
        seenByApp.push(`${req.method} ${req.url}`);
        res.writeHead(404).end();
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('answers /healthz itself, as JSON that is never cached, for GET and HEAD', async () => {
    const get = await fetch(`${base}/healthz`);
    expect(get.status).toBe(200);
    expect(get.headers.get('content-type')).toContain('application/json');
    expect(get.headers.get('cache-control')).toBe('no-store');
    expect(await get.json()).toEqual({ status: 'ok' });
    const head = await fetch(`${base}/healthz?probe=1`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(seenByApp).toEqual([]);
  });

  it('hands everything else to the app, including other methods and look-alike paths', async () => {
    await fetch(`${base}/healthz`, { method: 'POST' });
    await fetch(`${base}/healthzz`);
    await fetch(`${base}/readyz`);
    expect(seenByApp).toEqual(['POST /healthz', 'GET /healthzz', 'GET /readyz']);
  });
});
