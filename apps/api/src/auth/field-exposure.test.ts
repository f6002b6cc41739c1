import { describe, expect, it } from 'vitest';
import {
  GraphQLID,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  type GraphQLFieldConfig,
} from 'graphql';
import { Permission, Role } from '@motiva/schema';
import { exposedSensitiveFields, READERS } from './field-exposure.test-kit';
import type { Policy } from './policy';

/** The review's leak in miniature: promotions open to participants, whose products carry their moderation decisions. */
function schemaWith(decisionsPolicy: Policy | undefined, extra: Record<string, GraphQLFieldConfig<unknown, unknown>> = {}) {
  const decision = new GraphQLObjectType({ name: 'ModerationDecision', fields: { reason: { type: GraphQLString } } });
  const product = new GraphQLObjectType({
    name: 'Product',
    fields: { id: { type: GraphQLID }, decisions: { type: new GraphQLList(decision), extensions: { policy: decisionsPolicy } }, ...extra },
  });
  const promotion = new GraphQLObjectType({
    name: 'Promotion',
    fields: { products: { type: new GraphQLNonNull(new GraphQLList(product)) } },
  });
  const page = new GraphQLObjectType({
    name: 'PromotionPage',
    fields: { items: { type: new GraphQLList(promotion) }, total: { type: GraphQLInt } },
  });
  const query = new GraphQLObjectType({
    name: 'Query',
    fields: {
      promotions: {
        type: page,
        extensions: {
          policy: { kind: 'permissions', anyOf: [Permission.JoinPromotions, Permission.ManageOwnPromotions] } satisfies Policy,
        },
      },
    },
  });
  return new GraphQLSchema({ query });
}
const reader = (role: Role) => READERS.find((r) => r.name === role)!;
const ownBrand: Policy = {
  kind: 'restricted',
  anyOf: [Permission.ModerateProducts],
  owners: [{ name: 'brand', when: [Permission.ManageOwnProducts] }],
};

describe('the schema walk', () => {
  it('finds a nested field that leaks internal data to a role that reaches it', () => {
    const schema = schemaWith({ kind: 'signedIn' });
    expect(exposedSensitiveFields(schema, reader(Role.PARTICIPANT))).toEqual([
      { field: 'Product.decisions', path: 'Query.promotions.items.products.decisions' },
    ]);
    // A brand reaching its own products this way is no better off: without an owner check, brand B would read brand A's.
    expect(exposedSensitiveFields(schema, reader(Role.BRAND)).map((e) => e.field)).toEqual(['Product.decisions']);
  });

  it('finds a sensitive field that declares no policy at all', () => {
    const schema = schemaWith(ownBrand, { contactEmail: { type: GraphQLString } });
    expect(exposedSensitiveFields(schema, reader(Role.PARTICIPANT)).map((e) => e.field)).toEqual(['Product.contactEmail']);
  });

  it('accepts a field its policy closes to the role, or opens only to the owner', () => {
    const schema = schemaWith(ownBrand);
    for (const r of READERS) expect(exposedSensitiveFields(schema, r), r.name).toEqual([]);
  });

  it('refuses a non-admin permission that reads every record', () => {
    const schema = schemaWith({ kind: 'restricted', anyOf: [Permission.ManageOwnProducts], owners: [] });
    expect(exposedSensitiveFields(schema, reader(Role.BRAND)).map((e) => e.field)).toEqual(['Product.decisions']);
    expect(exposedSensitiveFields(schema, reader(Role.ADMIN))).toEqual([]);
  });

  it('does not walk past an operation the role may not call', () => {
    const schema = schemaWith({ kind: 'signedIn' });
    expect(exposedSensitiveFields(schema, reader(Role.PARTNER))).toEqual([]);
  });
});
