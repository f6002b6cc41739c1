import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api';
import {
  conversion,
  CONVERSIONS_PATH,
  postbackWorld,
  postSigned,
  seedCode,
  signedHeaders,
  type PostbackWorld,
} from './conversions.test-kit';

const saleCount = async (api: TestApi, orderId: string) =>
  (await api.db.orm.em.fork().execute(`select 1 from sale where order_id = ?`, [orderId])).length;

describe('signed postbacks: every refusal is a 401 with a stable code and stores nothing', () => {
  let api: TestApi;
  let w: PostbackWorld;
  let code: string;
  const body = (over: Record<string, unknown> = {}) => conversion(w, { promoCode: code, ...over });

  beforeAll(async () => {
    api = await startTestApi();
    w = await postbackWorld(api);
    code = await seedCode(api.db.orm, w.memberA);
  });
  afterAll(() => api?.stop());

  it('accepts a correctly signed conversion (201) and stamps the key as used', async () => {
    const b = body();
    const res = await postSigned(api, CONVERSIONS_PATH, w.keyA.credential, b);
    expect(res.status).toBe(201);
    expect(res.body.conversion).toMatchObject({ orderId: b.orderId, status: 'APPROVED', commission: { amountMinor: '10000' } });
    const [key] = await api.db.orm.em.fork().execute(`select last_used_at from brand_api_key where id = ?`, [w.keyA.id]);
    expect(key.last_used_at).not.toBeNull();
  });

  it('refuses a bad signature (BAD_SIGNATURE)', async () => {
    const b = body();
    const res = await postSigned(api, CONVERSIONS_PATH, w.keyA.credential, b, { signature: `sha256=${'0'.repeat(64)}` });
    expect([res.status, res.body.error.code]).toEqual([401, 'BAD_SIGNATURE']);
    expect(await saleCount(api, b.orderId as string)).toBe(0);
  });

  it('refuses a body changed after signing', async () => {
    const b = body();
    const signedFor = JSON.stringify(b);
    const headers = signedHeaders(w.keyA.credential, signedFor);
    const res = await fetch(`${api.url}${CONVERSIONS_PATH}`, { method: 'POST', headers, body: JSON.stringify({ ...b, amountMinor: 1 }) });
    expect([res.status, ((await res.json()) as any).error.code]).toEqual([401, 'BAD_SIGNATURE']);
  });

  it('refuses a stale and a future timestamp (STALE_SIGNATURE)', async () => {
    // Each timestamp taken just before its request and 10 s beyond the 300 s window: on a loaded machine the
    // seconds between a timestamp taken once and a later request moved a future one back inside the window.
    for (const offset of [-310, 310]) {
      const b = body();
      const timestamp = Math.floor(Date.now() / 1000) + offset;
      const res = await postSigned(api, CONVERSIONS_PATH, w.keyA.credential, b, { timestamp });
      expect([res.status, res.body.error.code]).toEqual([401, 'STALE_SIGNATURE']);
      expect(await saleCount(api, b.orderId as string)).toBe(0);
    }
    const ok = await postSigned(api, CONVERSIONS_PATH, w.keyA.credential, body(), { timestamp: Math.floor(Date.now() / 1000) - 200 });
    expect(ok.status).toBe(201);
  });

  it('refuses an identical signed request the second time (REPLAYED), but a re-signed one answers the first result', async () => {
    const b = body();
    const timestamp = Math.floor(Date.now() / 1000);
    expect((await postSigned(api, CONVERSIONS_PATH, w.keyA.credential, b, { timestamp })).status).toBe(201);
    const replay = await postSigned(api, CONVERSIONS_PATH, w.keyA.credential, b, { timestamp });
    expect([replay.status, replay.body.error.code]).toEqual([401, 'REPLAYED']);
    const resigned = await postSigned(api, CONVERSIONS_PATH, w.keyA.credential, b, { timestamp: timestamp - 1 });
    expect(resigned.status).toBe(200);
    expect(await saleCount(api, b.orderId as string)).toBe(1);
  });

  it('refuses an unknown key, a revoked key (at once) and no key at all', async () => {
    const unknown = await postSigned(api, CONVERSIONS_PATH, w.keyA.credential, body(), { prefix: 'ZZZZZZZZZZZZ' });
    expect([unknown.status, unknown.body.error.code]).toEqual([401, 'UNKNOWN_KEY']);
    const { createApiKey } = await w.brandA.ok(`mutation { createApiKey(input: { name: "Temp" }) { apiKey { id } secret } }`);
    expect((await postSigned(api, CONVERSIONS_PATH, createApiKey.secret, body())).status).toBe(201);
    await w.brandA.ok(`mutation R($id: ID!) { revokeApiKey(id: $id) { revokedAt } }`, { id: createApiKey.apiKey.id });
    const b = body();
    const revoked = await postSigned(api, CONVERSIONS_PATH, createApiKey.secret, b);
    expect([revoked.status, revoked.body.error.code]).toEqual([401, 'UNKNOWN_KEY']);
    expect(await saleCount(api, b.orderId as string)).toBe(0);
    const none = await fetch(`${api.url}${CONVERSIONS_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(none.status).toBe(401);
  });

  it("another brand's key cannot use brand A's code: NOT_ATTRIBUTED, nothing stored", async () => {
    const b = body();
    const res = await postSigned(api, CONVERSIONS_PATH, w.keyB.credential, b);
    expect([res.status, res.body.error.code]).toEqual([422, 'NOT_ATTRIBUTED']);
    expect(await saleCount(api, b.orderId as string)).toBe(0);
  });

  it('brand B cannot list or revoke brand A’s key (NOT_FOUND like a missing one)', async () => {
    const { myApiKeys } = await w.brandB.ok(`{ myApiKeys { id } }`);
    expect(myApiKeys.map((k: { id: string }) => k.id)).not.toContain(w.keyA.id);
    const foreign = await w.brandB.code(`mutation R($id: ID!) { revokeApiKey(id: $id) { id } }`, { id: w.keyA.id });
    const missing = await w.brandB.code(`mutation R($id: ID!) { revokeApiKey(id: $id) { id } }`, {
      id: '00000000-0000-4000-8000-000000000000',
    });
    expect([foreign, missing]).toEqual(['NOT_FOUND', 'NOT_FOUND']);
  });

  it('stores only the hash and a sealed secret, never the secret in clear', async () => {
    const [row] = await api.db.orm.em.fork().execute(`select secret_hash, secret_sealed from brand_api_key where id = ?`, [w.keyA.id]);
    // mtv_<prefix>_<secret>: the secret is base64url and may itself contain '_'.
    const secret = /^mtv_[A-Za-z0-9]{12}_(.+)$/.exec(w.keyA.credential)![1]!;
    expect(secret.length).toBeGreaterThan(30);
    expect(row.secret_sealed).not.toContain(secret);
    expect(row.secret_hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('postback body validation: 4xx with field errors, never 500', () => {
  let api: TestApi;
  let w: PostbackWorld;
  let code: string;
  beforeAll(async () => {
    api = await startTestApi();
    w = await postbackWorld(api);
    code = await seedCode(api.db.orm, w.memberA);
  });
  afterAll(() => api?.stop());

  it('refuses a body over 64 KB (413), a non-JSON content type (415) and invalid JSON (400)', async () => {
    const big = JSON.stringify(conversion(w, { promoCode: code, pad: 'x'.repeat(70_000) }));
    expect((await postSigned(api, CONVERSIONS_PATH, w.keyA.credential, big)).status).toBe(413);
    const text = await postSigned(api, CONVERSIONS_PATH, w.keyA.credential, 'orderId=1', { contentType: 'text/plain' });
    expect([text.status, text.body.error.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    const broken = await postSigned(api, CONVERSIONS_PATH, w.keyA.credential, '{"orderId": ');
    expect([broken.status, broken.body.error.code]).toEqual([400, 'BAD_USER_INPUT']);
  });

  it.each([
    ['control characters in the order id', { orderId: 'A\u0007B' }, 'orderId'],
    ['control characters in a SKU', { lines: [{ sku: 'A\nB', quantity: 1, unitPriceMinor: 1 }] }, 'lines.0.sku'],
    ['a list over 50 lines', { lines: Array.from({ length: 51 }, () => ({ sku: 'X', quantity: 1, unitPriceMinor: 1 })) }, 'lines'],
    ['a zero amount', { amountMinor: 0 }, 'amountMinor'],
    ['a fractional amount', { amountMinor: 10.5 }, 'amountMinor'],
    ['a malformed click id', { clickId: 'not-a-uuid' }, 'clickId'],
    ['an order far in the future', { occurredAt: new Date(Date.now() + 3_600_000).toISOString() }, 'occurredAt'],
    ['an unknown field', { extra: 1 }, 'body'],
    ['an unknown kind', { kind: 'LIFETIME' }, 'kind'],
  ])('refuses %s (400 BAD_USER_INPUT)', async (_name, over, field) => {
    const b = conversion(w, { promoCode: code, ...over });
    const res = await postSigned(api, CONVERSIONS_PATH, w.keyA.credential, b);
    expect([res.status, res.body.error.code]).toEqual([400, 'BAD_USER_INPUT']);
    expect(Object.keys(res.body.error.fields)).toContain(field);
  });

  it('refuses another currency clearly (422 CURRENCY_MISMATCH)', async () => {
    const res = await postSigned(api, CONVERSIONS_PATH, w.keyA.credential, conversion(w, { promoCode: code, currency: 'USD' }));
    expect([res.status, res.body.error.code]).toEqual([422, 'CURRENCY_MISMATCH']);
  });
});
