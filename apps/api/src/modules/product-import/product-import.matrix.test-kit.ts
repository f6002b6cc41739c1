import { expect } from 'vitest';
import { nextSeq, only, statuses, type Row, type RouteActor, type RouteRow } from '../../test/matrix-kit';
import { UPLOAD_HEADER } from '../../routes/upload-header';
import { ProductImport } from './product-import.entity';
import { PRODUCT_IMPORT_PATH } from './product-import.route';

/** The product-import feature's rows of the authorization matrix: CSV import reports, the brand's own only. */
export const PRODUCT_IMPORT_ROWS: Row[] = [
  {
    operation: 'Query.productImports',
    async run({ client }, env) {
      await env.brandAImport();
      return client.request(`{ productImports(page: { limit: 100 }) { total items { id } } }`);
    },
    expect: only({ brandA: 'OK', brandB: 'OK' }),
    async verify({ actor }, env, outcome, res) {
      if (outcome !== 'OK') return;
      const ids = res.data.productImports.items.map((i: any) => i.id);
      expect(ids.includes(await env.brandAImport())).toBe(actor === 'brandA');
    },
  },
  {
    operation: 'Query.productImport',
    // Everyone asks for brand A's import.
    run: async ({ client }, env) =>
      client.request(`query I($id: ID!) { productImport(id: $id) { id createdRows } }`, { id: await env.brandAImport() }),
    expect: only({ brandA: 'OK', brandB: 'NOT_FOUND' }),
  },
  {
    operation: 'Query.productImportRows',
    run: async ({ client }, env) =>
      client.request(`query R($id: ID!) { productImportRows(importId: $id) { total items { sku outcome } } }`, {
        id: await env.brandAImport(),
      }),
    expect: only({ brandA: 'OK', brandB: 'NOT_FOUND' }),
    async verify(_cell, _env, outcome, res) {
      if (outcome === 'OK') expect(res.data.productImportRows.items).toEqual([{ sku: 'MATRIX-1', outcome: 'CREATED' }]);
    },
  },
];

/** The CSV upload as every caller: brands get 202 and their import; everyone else 401/403 and nothing stored. */
export const PRODUCT_IMPORT_ROUTE_ROWS: RouteRow[] = [
  {
    route: `POST ${PRODUCT_IMPORT_PATH}`,
    request: (actor: RouteActor) => ({
      query: { fileName: `matrix-${actor}-${nextSeq()}.csv` },
      headers: { 'content-type': 'text/csv', [UPLOAD_HEADER]: '1' },
      body: `sku,name,price\nMATRIX-UP-${nextSeq()},Matrix lamp,10\n`,
    }),
    expect: statuses({ brandA: 202, brandB: 202 }),
    async verify(actor, { api, world }, request, res) {
      const stored = await api.db.orm.em.fork().find(ProductImport, { fileName: request.query!.fileName });
      if (res.status !== 202) return expect(stored).toEqual([]);
      const brandId = actor === 'brandA' ? world.brandA.brandId : world.brandB.brandId;
      expect(stored.map((i) => [i.id, i.brand.id])).toEqual([[res.body.productImport.id, brandId]]);
    },
  },
];
