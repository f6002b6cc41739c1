import { expect } from 'vitest';
import { nextSeq, only, type Row } from '../../test/matrix-kit';
import { Product } from './product.entity';

/** The products feature's rows of the authorization matrix: a brand's products: its own only; admins read all. */
export const PRODUCTS_ROWS: Row[] = [
  {
    operation: 'Query.products',
    run: ({ client }) => client.request(`{ products(page: { limit: 100 }) { total items { id brand { id } } } }`),
    expect: only({ admin: 'OK', brandA: 'OK', brandB: 'OK' }),
    async verify({ actor }, { world }, outcome, res) {
      if (outcome !== 'OK' || actor === 'admin') return;
      const own = actor === 'brandA' ? world.brandA.brandId : world.brandB.brandId;
      expect(res.data.products.items.length).toBeGreaterThan(0);
      expect(res.data.products.items.every((p: any) => p.brand.id === own)).toBe(true);
    },
  },
  {
    operation: 'Query.product',
    // Everyone asks for brand A's product.
    run: ({ client }, { world }) => client.request(`query P($id: ID!) { product(id: $id) { id } }`, { id: world.productA.productId }),
    expect: only({ admin: 'OK', brandA: 'OK', brandB: 'NOT_FOUND' }),
  },
  {
    operation: 'Mutation.createProduct',
    run: ({ client }) =>
      client.request(`mutation C($input: CreateProductInput!) { createProduct(input: $input) { id } }`, {
        input: { sku: `M-${nextSeq()}`, name: 'Matrix product', listPrice: { amountMinor: '100', currency: 'RUB' } },
      }),
    expect: only({ brandA: 'OK', brandB: 'OK' }),
  },
  {
    operation: 'Mutation.updateProduct',
    // Everyone tries to rename brand A's product; only brand A may.
    async run({ client }, { world }) {
      const name = `Renamed ${nextSeq()}`;
      const res = await client.request(`mutation U($id: ID!, $name: String!) { updateProduct(input: { id: $id, name: $name }) { id } }`, {
        id: world.productA.productId,
        name,
      });
      return { ...res, data: { ...res.data, attempted: name } };
    },
    expect: only({ brandA: 'OK', brandB: 'NOT_FOUND' }),
    async verify(_cell, { api, world }, outcome, res) {
      const product = await api.db.orm.em.fork().findOneOrFail(Product, world.productA.productId);
      expect(product.name === res.data.attempted).toBe(outcome === 'OK');
    },
  },
];
