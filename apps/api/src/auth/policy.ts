import { Authorized, Extensions, UseMiddleware, type MiddlewareFn } from 'type-graphql';
import { Permission } from '@motiva/schema';
import type { Viewer } from './viewer';

/**
 * Every query, mutation and field resolver declares one of these policies. The policy is recorded as
 * a schema field extension so assertEveryOperationHasPolicy() can refuse a schema where one is missing,
 * and so the authorization matrix can walk what each role may read.
 */
export type Policy =
  | { kind: 'public' }
  | { kind: 'signedIn' }
  | { kind: 'permissions'; anyOf: Permission[] }
  | { kind: 'restricted'; anyOf: Permission[]; owners: { name: string; when: OwnerRule['when'] }[] };

/**
 * "This caller owns the record the field belongs to": the owner side of a @Restricted field. `when`
 * says which callers the rule applies to at all: holders of one of these permissions, or 'signedIn'
 * for any signed-in owner (their own account's data, readable even while their account is pending).
 */
export interface OwnerRule<T = any> {
  /** Names the relation in the schema extension and in the matrix's messages. */
  name: string;
  when: Permission[] | 'signedIn';
  owns(viewer: Viewer, root: T): boolean;
}

function applyAll(...decorators: MethodDecorator[]): MethodDecorator & PropertyDecorator {
  return ((target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    for (const d of decorators) d(target, key, descriptor as PropertyDescriptor);
  }) as MethodDecorator & PropertyDecorator;
}

/** Open to anonymous callers. Only for the explicit allowlist (register, login, company lookup...). */
export function Public() {
  return applyAll(Extensions({ policy: { kind: 'public' } satisfies Policy }) as MethodDecorator);
}

/** Any signed-in caller, whatever their moderation status (me, logout, locale). */
export function SignedIn() {
  return applyAll(Extensions({ policy: { kind: 'signedIn' } satisfies Policy }) as MethodDecorator, Authorized() as MethodDecorator);
}

/** An approved caller holding at least one of these permissions. Operations only: fields use @Restricted. */
export function Allow(...anyOf: Permission[]) {
  if (anyOf.length === 0) throw new Error('Allow() needs at least one permission');
  return applyAll(
    Extensions({ policy: { kind: 'permissions', anyOf } satisfies Policy }) as MethodDecorator,
    Authorized(...anyOf) as MethodDecorator,
  );
}

/** Who reads a @Restricted field: holders of `anyOf` on every record, `owners` on their own. */
export interface ReadRule<T = any> {
  anyOf?: Permission[];
  owners?: OwnerRule<T>[];
}

export function mayReadRestricted<T>(viewer: Viewer | null, root: T, anyOf: readonly Permission[], owners: readonly OwnerRule<T>[]): boolean {
  if (!viewer) return false;
  if (anyOf.some((p) => viewer.permissions.has(p))) return true;
  return owners.some((o) => (o.when === 'signedIn' || o.when.some((p) => viewer.permissions.has(p))) && o.owns(viewer, root));
}

/**
 * A field carrying internal data (moderation decisions and reasons, audit data, counts of another
 * party's people) or another party's data (emails, phones, company details, invite codes). Holders of
 * one of `anyOf` read it on every record they reach; an owner (see OwnerRule) reads it on their own
 * records. Anyone else reads null, never an error, so a fragment shared between portals cannot fail a
 * whole page: the field must be nullable (assertEveryOperationHasPolicy checks it).
 */
export function Restricted<T = any>(rule: ReadRule<T>) {
  const anyOf = rule.anyOf ?? [];
  const owners = rule.owners ?? [];
  if (anyOf.length === 0 && owners.length === 0) throw new Error('Restricted() needs permissions or an owner rule');
  const guard: MiddlewareFn<{ viewer: Viewer | null }> = ({ root, context }, next) =>
    mayReadRestricted(context.viewer, root as T, anyOf, owners) ? next() : Promise.resolve(null);
  const policy: Policy = { kind: 'restricted', anyOf, owners: owners.map((o) => ({ name: o.name, when: o.when })) };
  return applyAll(Extensions({ policy }) as MethodDecorator, UseMiddleware(guard) as MethodDecorator);
}

/**
 * An object type built only from the caller's own account (the Viewer, the sign-in payload): its
 * fields are the caller's own data by construction, so the matrix treats them as owner-checked.
 */
export function CallerOwned(): ClassDecorator {
  return Extensions({ callerOwned: true }) as ClassDecorator;
}
