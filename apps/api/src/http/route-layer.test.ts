import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Permission, Role } from '@motiva/schema';
import { assertEveryRouteHasPolicy } from '../auth/assert-policies';
import { Policy } from '../auth/policy';
import { effectivePermissions, type Viewer } from '../auth/viewer';
import type { RequestContext } from '../context';
import { defineRoute, type Route } from '../routes/define-route';
import { requireUploadHeader } from '../routes/upload-header';
import { ModerationStatus } from '../shared/enums';
import { InvalidFileError, NotFoundError } from '../shared/errors';
import { jsonErrorHandler } from './http-errors';
import { routeLayer } from './route-layer';

/** Callers by the `x-test-caller` header: the layer's decisions without a database. */
const VIEWERS: Record<string, Viewer | null> = {
  anonymous: null,
  brand: viewer(Role.BRAND, ModerationStatus.APPROVED),
  partner: viewer(Role.PARTNER, ModerationStatus.APPROVED),
  pending: viewer(Role.PARTICIPANT, ModerationStatus.PENDING),
};

function viewer(role: Role, status: ModerationStatus): Viewer {
  return {
    userId: 'u',
    sessionId: 's',
    role,
    status,
    brandId: null,
    partnerId: null,
    participantId: null,
    permissions: effectivePermissions(role, status, false),
  };
}

const ok = async (ctx: RequestContext, _req: express.Request, res: express.Response) => {
  res.status(202).json({ role: ctx.viewer?.role ?? null });
};

const ROUTES: Route[] = [
  defineRoute({ method: 'POST', path: '/api/test/brand-only', policy: Policy.allow(Permission.ManageOwnProducts), handler: ok }),
  defineRoute({ method: 'GET', path: '/api/test/signed-in', policy: Policy.signedIn(), handler: ok }),
  defineRoute({
    method: 'POST',
    path: '/api/test/upload',
    policy: Policy.allow(Permission.ManageOwnProducts),
    precheck: requireUploadHeader,
    handler: ok,
  }),
  defineRoute({
    method: 'GET',
    path: '/api/test/missing',
    policy: Policy.signedIn(),
    handler: async () => {
      throw new NotFoundError('Widget');
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/test/too-large',
    policy: Policy.signedIn(),
    handler: async () => {
      throw new InvalidFileError('FILE_TOO_LARGE', 'Too big', { maxBytes: 10 });
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/test/bug',
    policy: Policy.signedIn(),
    handler: async () => {
      throw new Error('secret internals at /srv/app.js:12');
    },
  }),
];

describe('the REST route layer', () => {
  let server: Server;
  let base: string;
  const contextsBuilt = vi.fn();
  const logged = vi.fn();

  beforeAll(async () => {
    const app = express();
    app.use((req, _res, next) => {
      (req as unknown as { log: unknown }).log = { error: logged };
      next();
    });
    app.use(
      routeLayer(ROUTES, async (req) => {
        contextsBuilt();
        return { viewer: VIEWERS[String(req.headers['x-test-caller'] ?? 'anonymous')] } as RequestContext;
      }),
    );
    app.use(jsonErrorHandler);
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const call = async (method: string, path: string, caller: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${base}${path}`, { method, headers: { 'x-test-caller': caller, ...headers } });
    const text = await res.text();
    return { status: res.status, type: res.headers.get('content-type') ?? '', text, body: JSON.parse(text) };
  };

  it('answers 401 UNAUTHENTICATED without a session and 403 FORBIDDEN without the permission, as GraphQL does', async () => {
    expect(await call('POST', '/api/test/brand-only', 'anonymous')).toMatchObject({
      status: 401,
      body: { error: { code: 'UNAUTHENTICATED' } },
    });
    expect(await call('POST', '/api/test/brand-only', 'partner')).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } });
    expect(await call('POST', '/api/test/brand-only', 'pending')).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } });
    expect(await call('POST', '/api/test/brand-only', 'brand')).toMatchObject({ status: 202, body: { role: 'BRAND' } });
  });

  it('lets any signed-in caller through a signedIn route, a pending account too', async () => {
    expect((await call('GET', '/api/test/signed-in', 'anonymous')).status).toBe(401);
    expect(await call('GET', '/api/test/signed-in', 'pending')).toMatchObject({ status: 202, body: { role: 'PARTICIPANT' } });
  });

  it('runs the precheck before the session is looked up', async () => {
    contextsBuilt.mockClear();
    expect(await call('POST', '/api/test/upload', 'anonymous')).toMatchObject({ status: 400, body: { error: { code: 'BAD_REQUEST' } } });
    expect(contextsBuilt).not.toHaveBeenCalled();
    expect((await call('POST', '/api/test/upload', 'brand', { 'x-motiva-upload': '1' })).status).toBe(202);
  });

  it('answers a DomainError with its code, details and the status of the one table', async () => {
    expect(await call('GET', '/api/test/missing', 'brand')).toMatchObject({
      status: 404,
      body: { error: { code: 'NOT_FOUND', message: 'Widget not found', entity: 'Widget' } },
    });
    expect(await call('GET', '/api/test/too-large', 'brand')).toMatchObject({
      status: 413,
      body: { error: { code: 'FILE_TOO_LARGE', maxBytes: 10 } },
    });
  });

  it('answers an unexpected error 500 as JSON without its message or stack, and logs it', async () => {
    logged.mockClear();
    const res = await call('GET', '/api/test/bug', 'brand');
    expect(res.status).toBe(500);
    expect(res.type).toMatch(/application\/json/);
    expect(res.body).toEqual({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
    expect(res.text).not.toMatch(/secret internals|app\.js/);
    expect(logged).toHaveBeenCalledOnce();
    expect((logged.mock.calls[0]![0] as { err: Error }).err.message).toMatch(/secret internals/);
  });
});

describe('route policies', () => {
  const handler = async () => undefined;

  it('a route without a policy does not type-check, and the registry refuses it at boot', () => {
    // @ts-expect-error policy is required
    const forgetful = defineRoute({ method: 'GET', path: '/api/secrets', handler });
    expect(() => assertEveryRouteHasPolicy([forgetful])).toThrow(/GET \/api\/secrets declares no policy/);
    expect(() => routeLayer([forgetful], async () => ({}) as RequestContext)).toThrow(/declares no policy/);
  });

  it('refuses a public route that is not on PUBLIC_ROUTES, an unknown permission and a route declared twice', () => {
    const open = defineRoute({ method: 'GET', path: '/api/everything', policy: Policy.public(), handler });
    expect(() => assertEveryRouteHasPolicy([open])).toThrow(/GET \/api\/everything is public but not on PUBLIC_ROUTES/);
    const odd = defineRoute({
      method: 'GET',
      path: '/api/odd',
      policy: { kind: 'permissions', anyOf: ['Everything' as Permission] },
      handler,
    });
    expect(() => assertEveryRouteHasPolicy([odd])).toThrow(/unknown permission Everything/);
    const twice = defineRoute({ method: 'GET', path: '/api/twice', policy: Policy.signedIn(), handler });
    expect(() => assertEveryRouteHasPolicy([twice, twice])).toThrow(/GET \/api\/twice is declared twice/);
    expect(() => Policy.allow()).toThrow(/at least one permission/);
  });
});
