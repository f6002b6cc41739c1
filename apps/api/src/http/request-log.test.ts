import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import express from 'express';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { requestLog } from './request-log';

async function withApp(level: string, run: (url: string, lines: Record<string, unknown>[]) => Promise<void>) {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(JSON.parse(String(chunk))), done()) });
  const logger = pino({ level }, sink);
  const app = express();
  app.use(requestLog(logger));
  app.get('/ok', (req, res) => {
    req.log.info('inside');
    res.json({ id: req.id });
  });
  const server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  try {
    await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, lines);
  } finally {
    server.close();
  }
}

describe('request log', () => {
  it('writes one small access line per request with the request id, and no headers or bodies', async () => {
    await withApp('info', async (url, lines) => {
      const res = await fetch(`${url}/ok?x=1`, { headers: { authorization: 'Bearer secret-token', 'x-request-id': 'trace-1' } });
      expect(res.headers.get('x-request-id')).toBe('trace-1');
      expect(await res.json()).toEqual({ id: 'trace-1' });
      await new Promise((r) => setTimeout(r, 20));
      const access = lines.filter((l) => l.msg === 'request completed');
      expect(access).toHaveLength(1);
      expect(access[0]).toMatchObject({ reqId: 'trace-1', method: 'GET', url: '/ok?x=1', statusCode: 200 });
      expect(access[0]).not.toHaveProperty('req');
      expect(access[0]).not.toHaveProperty('res');
      expect(JSON.stringify(lines)).not.toContain('secret-token');
      // req.log carries the request id on what a handler logs.
      expect(lines.find((l) => l.msg === 'inside')).toMatchObject({ reqId: 'trace-1' });
    });
  });

  it('gives a request without an id a fresh one, and writes nothing above the configured level', async () => {
    await withApp('warn', async (url, lines) => {
      const res = await fetch(`${url}/ok`);
      expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      await new Promise((r) => setTimeout(r, 20));
      expect(lines).toEqual([]);
    });
  });
});
