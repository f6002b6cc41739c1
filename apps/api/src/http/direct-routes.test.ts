import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MikroORM } from '@mikro-orm/postgresql';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Permission, Role } from '@motiva/schema';
import { Policy } from '../auth/policy';
import type { Viewer } from '../auth/viewer';
import type { AppServices } from '../context';
import { defineDirectRoute } from '../routes/define-route';
import { BadRequestError, UnauthenticatedError } from '../shared/errors';
import { ModerationStatus } from '../shared/enums';
import { directRoutes } from './direct-routes';
import { withFastPaths } from './fast-paths';

const caller = (permissions: Permission[]): Viewer => ({
  userId: 'u',
  sessionId: 'api-key:k',
  role: Role.BRAND,
  status: ModerationStatus.APPROVED,
  brandId: 'b',
  partnerId: null,
  participantId: null,
  permissions: new Set(permissions),
});

/** The caller named by a test header: none (401), one without the permission, or one with it. */
const authenticate = async (_ctx: unknown, req: { headers: Record<string, unknown> }) => {
  const who = req.headers['x-test-caller'];
  if (!who) throw new UnauthenticatedError('Sign the request');
  return caller(who === 'permitted' ? [Permission.PostConversions] : []);
};

const echo = defineDirectRoute({
  method: 'POST',
  path: '/api/v1/test-echo',
  policy: Policy.allow(Permission.PostConversions),
  precheck(req) {
    if (req.headers['x-test-precheck'] === 'refuse') throw new BadRequestError('refused before anything else');
  },
  authenticate,
  async handler(ctx, req, res) {
    if (req.headers['x-test-fail'] === 'bug') throw new Error('a bug with a secret inside');
    res.status(201).json({ brandId: ctx.viewer?.brandId, requestId: ctx.requestId });
  },
});

describe('direct routes (answered before Express)', () => {
  let server: Server;
  let base: string;
  const seenByApp: string[] = [];
  const logged: Array<Record<string, unknown>> = [];

  beforeAll(async () => {
    const logger = pino({ level: 'info' }, { write: (line: string) => void logged.push(JSON.parse(line)) });
    const app = { config: { trustProxy: false }, logger } as unknown as AppServices;
    const handle = directRoutes([echo], app, {} as MikroORM);
    server = createServer(
      withFastPaths((req, res) => {
        seenByApp.push(`${req.method} ${req.url}`);
        res.writeHead(404).end();
      }, handle),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const post = (headers: Record<string, string>, path = '/api/v1/test-echo') =>
    fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' });

  it('runs the handler for a caller with the permission, with the request id and one access line', async () => {
    const res = await post({ 'x-test-caller': 'permitted', 'x-request-id': 'req-direct-1' });
    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('x-request-id')).toBe('req-direct-1');
    expect(await res.json()).toEqual({ brandId: 'b', requestId: 'req-direct-1' });
    expect(logged.filter((l) => l.reqId === 'req-direct-1')).toMatchObject([{ statusCode: 201, method: 'POST', url: '/api/v1/test-echo' }]);
  });

  it('enforces the policy through the one checker: 401 without a caller, 403 without the permission', async () => {
    const anonymous = await post({});
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    const unpermitted = await post({ 'x-test-caller': 'other' });
    expect(unpermitted.status).toBe(403);
    expect(await unpermitted.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });

  it('answers the precheck refusal, a control character in the query and a bug as JSON, the bug masked and logged', async () => {
    const refused = await post({ 'x-test-caller': 'permitted', 'x-test-precheck': 'refuse' });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: { code: 'BAD_REQUEST', message: 'refused before anything else' } });
    const control = await post({ 'x-test-caller': 'permitted' }, '/api/v1/test-echo?note=a%00b');
    expect(control.status).toBe(400);
    expect(await control.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', fields: { note: expect.any(String) } } });
    const bug = await post({ 'x-test-caller': 'permitted', 'x-test-fail': 'bug', 'x-request-id': 'req-bug' });
    expect(bug.status).toBe(500);
    const text = await bug.text();
    expect(JSON.parse(text)).toEqual({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
    expect(text).not.toContain('secret');
    expect(logged.some((l) => l.reqId === 'req-bug' && l.msg === 'unexpected error in an HTTP route')).toBe(true);
  });

  it('leaves other methods and paths to Express', async () => {
    await fetch(`${base}/api/v1/test-echo`);
    await post({ 'x-test-caller': 'permitted' }, '/api/v1/test-echo/more');
    expect(seenByApp).toEqual(['GET /api/v1/test-echo', 'POST /api/v1/test-echo/more']);
  });
});
