import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api';
import { createWorld, LOGIN, PASSWORD, type World } from '../../test/fixtures';
import { MAX_FILE_BYTES } from './product-import.csv';
import {
  counts,
  GET_IMPORT,
  IMPORT_ROWS,
  importFile,
  LIST_IMPORTS,
  session,
  upload,
  waitUntilDone,
  type Session,
} from './product-import.test-kit';

/** Who may upload and read imports, how they sign in, and which files are refused before any row is read. */
describe('CSV product import: the upload and who sees it', () => {
  let api: TestApi;
  let world: World;
  let brandA: Session;
  let brandB: Session;

  beforeAll(async () => {
    api = await startTestApi();
    world = await createWorld(api.db.orm);
    [brandA, brandB] = await Promise.all([session(api, world.brandA.email), session(api, world.brandB.email)]);
  });
  afterAll(() => api?.stop());

  it('shows an import only to its own brand: a foreign id is NOT_FOUND, like a missing one', async () => {
    const mine = await importFile(api, brandA, 'sku,name,price\nVIS-1,Lamp,10\n');
    const foreign = await brandB.client.request(GET_IMPORT, { id: mine.id });
    const missing = await brandB.client.request(GET_IMPORT, { id: '00000000-0000-4000-8000-000000000000' });
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(foreign.errors).toEqual(missing.errors);
    expect(await brandB.client.code(IMPORT_ROWS, { id: mine.id })).toBe('NOT_FOUND');
    expect(await brandB.client.code(GET_IMPORT, { id: 'not-a-uuid' })).toBe('NOT_FOUND');
    const { productImports } = await brandB.client.ok(LIST_IMPORTS, { page: { limit: 100 } });
    expect(productImports.items.map((i: any) => i.id)).not.toContain(mine.id);
    const own = await brandA.client.ok(LIST_IMPORTS, { page: { limit: 100 } });
    expect(own.productImports.items.map((i: any) => i.id)).toContain(mine.id);
  });

  it('takes uploads only from brands, with the upload header; others get 401/403 and nothing is stored', async () => {
    const csv = 'sku,name,price\nAUTH-1,Lamp,10\n';
    const before = await counts(api);
    expect(await upload(api, null, csv)).toMatchObject({ status: 401, body: { error: { code: 'UNAUTHENTICATED' } } });
    for (const email of [world.participantA.email, world.partnerA.email, world.admin.email, world.pendingParticipantA.email]) {
      const { token } = await session(api, email);
      expect(await upload(api, token, csv), email).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } });
    }
    // Without the header a cross-site form could post it: refused before anything else is looked at.
    expect(await upload(api, brandA.token, csv, { header: false })).toMatchObject({
      status: 400,
      body: { error: { code: 'BAD_REQUEST' } },
    });
    expect(await counts(api)).toEqual(before);
  });

  it('accepts the session cookie as GraphQL does', async () => {
    const login = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({ query: LOGIN, variables: { email: world.brandB.email, password: PASSWORD } }),
    });
    const cookie = login.headers.getSetCookie()[0].split(';')[0];
    const res = await fetch(`${api.url}/api/brand/product-imports`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', 'x-motiva-upload': '1', cookie },
      body: 'sku,name,price\nCOOKIE-1,Lamp,10\n',
    });
    expect(res.status).toBe(202);
    const { productImport } = (await res.json()) as any;
    expect(await waitUntilDone(brandB, productImport.id)).toMatchObject({ status: 'DONE', createdRows: 1 });
  });

  it('refuses a bad file as a whole with a typed 4xx, storing nothing', async () => {
    const before = await counts(api);
    const missing = await upload(api, brandA.token, 'sku,title,cost\nA,B,1\n');
    expect(missing).toMatchObject({ status: 400, body: { error: { code: 'MISSING_COLUMNS', missingColumns: ['name', 'price'] } } });
    expect(missing.body.error.message).toMatch(/name, price/);
    expect(await upload(api, brandA.token, Buffer.alloc(MAX_FILE_BYTES + 1, 'a'))).toMatchObject({
      status: 413,
      body: { error: { code: 'FILE_TOO_LARGE' } },
    });
    expect(await upload(api, brandA.token, 'sku,name,price\nA,B,1\n', { contentType: 'application/json' })).toMatchObject({
      status: 415,
      body: { error: { code: 'UNSUPPORTED_FILE_TYPE' } },
    });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe]);
    expect(await upload(api, brandA.token, png)).toMatchObject({ status: 400, body: { error: { code: 'INVALID_FILE' } } });
    expect(await upload(api, brandA.token, 'sku,name,price\n')).toMatchObject({ status: 400, body: { error: { code: 'EMPTY_FILE' } } });
    expect(await upload(api, brandA.token, 'sku,name,price\nA,"B,1\n')).toMatchObject({
      status: 400,
      body: { error: { code: 'INVALID_FILE' } },
    });
    expect(await counts(api)).toEqual(before);
  });
});
