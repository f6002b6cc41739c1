import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/test-api';

describe('GraphQL endpoint protection', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi({ GRAPHQL_MAX_DEPTH: '3' })));
  afterAll(() => api?.stop());

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  it('refuses a query nested deeper than the limit', async () => {
    const deep = `{ me { partner { decisions { id } } participant { partner { decisions { id } } } } }`;
    const res = await api.client().request(deep);
    expect(res.errors?.[0].message).toMatch(/depth/i);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: me { id }`).join(' ');
    const res = await api.client().request(`{ ${aliases} }`);
    expect(res.errors?.[0].message).toMatch(/alias/i);
  });

  it('counts __typename aliases against the alias limit', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `t${i}: __typename`).join(' ');
    const res = await api.client().request(`{ ${aliases} }`);
    expect(res.errors?.[0].message).toMatch(/alias/i);
    expect(res.data ?? null).toBeNull();
    // Within the limit aliases of __typename still work.
    const ok = await api.client().request(`{ a: __typename b: __typename }`);
    expect(ok.data).toEqual({ a: 'Query', b: 'Query' });
  });

  it('blocks a simple cross-site POST (CSRF prevention stays on)', async () => {
    const res = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`, { method: 'GET' });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/i);
  });

  it('masks unexpected errors and tags each response with a request id', async () => {
    const res = await post({ query: '{ me { id } }' }, { 'apollo-require-preflight': '1', 'x-request-id': 'trace-me-123' });
    expect(res.headers.get('x-request-id')).toBe('trace-me-123');
  });

  it('answers health and readiness probes', async () => {
    expect(await (await fetch(`${api.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${api.url}/readyz`)).json()).toEqual({ status: 'ready' });
  });

  it('answers without an ETag: no response body is hashed for a cache that never revalidates a POST', async () => {
    const res = await post({ query: '{ __typename }' });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBeNull();
  });
});
