import { expect } from 'vitest';
import { LOGIN, PASSWORD } from '../../test/fixtures';
import type { GraphQLTestClient } from '../../test/graphql-client';
import type { TestApi } from '../../test/test-api';
import { Product } from '../products/product.entity';
import { ProductImport } from './product-import.entity';

/** Test helpers of the CSV product import: its queries, a signed-in brand, the upload as the portal sends it. */
const IMPORT_FIELDS = `id fileName status totalRows processedRows acceptedRows createdRows updatedRows unchangedRows rejectedRows failureReason finishedAt`;
export const GET_IMPORT = `query G($id: ID!) { productImport(id: $id) { ${IMPORT_FIELDS} } }`;
export const LIST_IMPORTS = `query L($page: PageInput) { productImports(page: $page) { total items { id fileName } } }`;
export const IMPORT_ROWS = `query R($id: ID!, $filter: ProductImportRowFilter, $page: PageInput) {
  productImportRows(importId: $id, filter: $filter, page: $page) { total items { rowNumber sku outcome productId reason issues { column code row limit } } }
}`;

/** A signed-in user: the client for GraphQL, the token for the upload route (which takes a bearer token or the cookie). */
export interface Session {
  client: GraphQLTestClient;
  token: string;
}

export async function session(api: TestApi, email: string): Promise<Session> {
  const client = api.client();
  const { login } = await client.ok(LOGIN, { email, password: PASSWORD });
  client.bearer = login.token;
  return { client, token: login.token };
}

/** The upload exactly as the brand portal sends it. */
export async function upload(
  api: TestApi,
  token: string | null,
  body: string | Buffer,
  {
    contentType = 'text/csv; charset=utf-8',
    header = true,
    fileName = 'products.csv',
  }: { contentType?: string; header?: boolean; fileName?: string } = {},
) {
  const headers: Record<string, string> = { 'content-type': contentType };
  if (header) headers['x-motiva-upload'] = '1';
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${api.url}/api/brand/product-imports?fileName=${encodeURIComponent(fileName)}`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  return { status: res.status, body: (await res.json()) as any };
}

/** The import once its background run has ended (DONE or FAILED), polled as the portal does. */
export async function waitUntilDone(s: Session, id: string) {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const { productImport } = await s.client.ok(GET_IMPORT, { id });
    if (productImport.status === 'DONE' || productImport.status === 'FAILED') return productImport;
    if (Date.now() > deadline) throw new Error(`import ${id} still ${productImport.status}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Uploads `csv`, expects it accepted (202) and waits for its run to end. */
export async function importFile(api: TestApi, s: Session, csv: string) {
  const res = await upload(api, s.token, csv);
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  return waitUntilDone(s, res.body.productImport.id);
}

/** Everything an upload may add: products, stored imports and queued import jobs. */
export async function counts(api: TestApi) {
  const em = api.db.orm.em.fork();
  const jobs = await em.getConnection().execute(`select count(*)::int as n from pgboss.job where name = 'product-import.run'`);
  return { products: await em.count(Product), imports: await em.count(ProductImport), jobs: jobs[0].n as number };
}
