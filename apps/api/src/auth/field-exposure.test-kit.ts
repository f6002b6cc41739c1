import { getNamedType, isObjectType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { Role, ROLE_PERMISSIONS, type Permission } from '@motiva/schema';
import type { Policy } from './policy';
import { isSensitiveField } from './sensitive-fields';

/** A kind of caller, as the schema walk sees it: which permissions they hold and whether they may read everything. */
export interface Reader {
  name: string;
  signedIn: boolean;
  permissions: ReadonlySet<Permission>;
  /** Admins read internal data on every record; everybody else only on their own. */
  seesEverything: boolean;
}

export const READERS: Reader[] = [
  { name: 'anonymous', signedIn: false, permissions: new Set(), seesEverything: false },
  { name: 'pending account', signedIn: true, permissions: new Set(), seesEverything: false },
  ...Object.values(Role).map((role) => ({
    name: role,
    signedIn: true,
    permissions: new Set(ROLE_PERMISSIONS[role]),
    seesEverything: role === Role.ADMIN,
  })),
];

/** 'all': on every record the reader reaches; 'own': only where an owner rule says the record is theirs. */
export type Access = 'none' | 'own' | 'all';

export function accessOf(policy: Policy | undefined, reader: Reader): Access {
  const holds = (anyOf: readonly Permission[]) => anyOf.some((p) => reader.permissions.has(p));
  switch (policy?.kind) {
    case undefined: // a plain field: whoever reached its parent reads it
    case 'public':
      return 'all';
    case 'signedIn':
      return reader.signedIn ? 'all' : 'none';
    case 'permissions':
      return holds(policy.anyOf) ? 'all' : 'none';
    case 'restricted':
      if (holds(policy.anyOf)) return 'all';
      return policy.owners.some((o) => (o.when === 'signedIn' ? reader.signedIn : holds(o.when))) ? 'own' : 'none';
  }
}

export interface Exposure {
  /** `Type.field` */
  field: string;
  /** One way the reader gets there, from an operation they may call. */
  path: string;
}

/** A page of results (`items` and `total`): part of the operation that returned it, scoped by its service. */
const isPage = (type: GraphQLObjectType) => Object.keys(type.getFields()).sort().join() === 'items,total';

/**
 * Walks every type a reader reaches from the operations they may call, through every field they may
 * read, nested fields included, and returns the sensitive fields (sensitive-fields.ts) they read on
 * records that are not their own: each one is a leak. An operation's own answer is scoped by its
 * service (another organisation's id is NOT_FOUND, proven by the matrix rows), so the walk checks
 * what hangs off it: a Product reached from a promotion is the brand's product, whoever loaded it.
 */
export function exposedSensitiveFields(schema: GraphQLSchema, reader: Reader): Exposure[] {
  const exposures: Exposure[] = [];
  const visited = new Set<string>();

  const visit = (type: GraphQLObjectType, path: string) => {
    if (visited.has(type.name)) return;
    visited.add(type.name);
    const callerOwned = Boolean(type.extensions?.callerOwned);
    for (const field of Object.values(type.getFields())) {
      const access = accessOf(field.extensions?.policy as Policy | undefined, reader);
      if (access === 'none') continue;
      const target = getNamedType(field.type);
      const fieldPath = `${path}.${field.name}`;
      if (access === 'all' && !reader.seesEverything && !callerOwned && isSensitiveField(type.name, field.name, target.name)) {
        exposures.push({ field: `${type.name}.${field.name}`, path: fieldPath });
      }
      if (isObjectType(target)) visit(target, fieldPath);
    }
  };

  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    if (!root) continue;
    for (const op of Object.values(root.getFields())) {
      if (accessOf(op.extensions?.policy as Policy | undefined, reader) === 'none') continue;
      const result = getNamedType(op.type);
      if (!isObjectType(result)) continue;
      if (isPage(result)) {
        const items = getNamedType(result.getFields().items!.type);
        if (isObjectType(items)) visit(items, `${root.name}.${op.name}.items`);
      } else {
        visit(result, `${root.name}.${op.name}`);
      }
    }
  }
  return exposures;
}

/** Every field the reader can read at all (any access), as `Type.field`: lets a test prove the walk reaches what it claims to check. */
export function readableFields(schema: GraphQLSchema, reader: Reader): Set<string> {
  const fields = new Set<string>();
  const visited = new Set<string>();
  const visit = (type: GraphQLObjectType) => {
    if (visited.has(type.name)) return;
    visited.add(type.name);
    for (const field of Object.values(type.getFields())) {
      if (accessOf(field.extensions?.policy as Policy | undefined, reader) === 'none') continue;
      fields.add(`${type.name}.${field.name}`);
      const target = getNamedType(field.type);
      if (isObjectType(target)) visit(target);
    }
  };
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    for (const op of Object.values(root?.getFields() ?? {})) {
      if (accessOf(op.extensions?.policy as Policy | undefined, reader) === 'none') continue;
      const result = getNamedType(op.type);
      if (isObjectType(result)) visit(result);
    }
  }
  return fields;
}
