import { Extensions } from 'type-graphql';
import type { Permission } from '@motiva/schema';
import { canAny, type AccessPolicy } from './access';
import type { Viewer } from './viewer';

/** The schema extension a @Restricted field carries besides its policy: the owner rules themselves. */
export const OWNER_RULES_EXTENSION = 'ownerRules';

/**
 * Every query, mutation and field resolver declares one of these policies. The policy is recorded as
 * a schema field extension so assertEveryOperationHasPolicy() can refuse a schema where one is missing,
 * and so the authorization matrix can walk what each role may read.
 */
export type Policy = AccessPolicy | { kind: 'restricted'; anyOf: Permission[]; owners: { name: string; when: OwnerRule['when'] }[] };

/**
 * The policies of operations and REST routes as values (`policy: Policy.allow(Permission.X)` in a
 * route, `@Allow(Permission.X)` on an operation): one vocabulary for both doors.
 */
export const Policy = {
  /** Open to anonymous callers; only for the allowlists in assert-policies.ts. */
  public: (): AccessPolicy => ({ kind: 'public' }),
  /** Any signed-in caller, whatever their moderation status. */
  signedIn: (): AccessPolicy => ({ kind: 'signedIn' }),
  /** An approved caller holding at least one of these permissions. */
  allow(...anyOf: Permission[]): AccessPolicy {
    if (anyOf.length === 0) throw new Error('Policy.allow() needs at least one permission');
    return { kind: 'permissions', anyOf };
  },
};

/**
 * "This caller owns the record the field belongs to": the owner side of a @Restricted field. `when`
 * says which callers the rule applies to at all: holders of one of these permissions, or 'signedIn'
 * for any signed-in owner (their own account's data, readable even while their account is pending).
 */
export interface OwnerRule<T = unknown> {
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
  return applyAll(Extensions({ policy: Policy.public() }) as MethodDecorator);
}

/**
 * Any signed-in caller, whatever their moderation status (me, logout, locale). Like every policy here
 * it is only recorded on the field; enforce-policies.ts applies it to the built schema.
 */
export function SignedIn() {
  return applyAll(Extensions({ policy: Policy.signedIn() }) as MethodDecorator);
}

/** An approved caller holding at least one of these permissions. Operations only: fields use @Restricted. */
export function Allow(...anyOf: Permission[]) {
  return applyAll(Extensions({ policy: Policy.allow(...anyOf) }) as MethodDecorator);
}

/** Who reads a @Restricted field: holders of `anyOf` on every record, `owners` on their own. */
export interface ReadRule<T = unknown> {
  anyOf?: Permission[];
  owners?: OwnerRule<T>[];
}

export function mayReadRestricted<T>(
  viewer: Viewer | null,
  root: T,
  anyOf: readonly Permission[],
  owners: readonly OwnerRule<T>[],
): boolean {
  if (!viewer) return false;
  if (canAny(viewer, anyOf)) return true;
  return owners.some((o) => (o.when === 'signedIn' || canAny(viewer, o.when)) && o.owns(viewer, root));
}

/**
 * A field carrying internal data (moderation decisions and reasons, audit data, counts of another
 * party's people) or another party's data (emails, phones, company details, invite codes). Holders of
 * one of `anyOf` read it on every record they reach; an owner (see OwnerRule) reads it on their own
 * records. Anyone else reads null, never an error, so a fragment shared between portals cannot fail a
 * whole page: the field must be nullable (assertEveryOperationHasPolicy checks it).
 */
export function Restricted<T = unknown>(rule: ReadRule<T>) {
  const anyOf = rule.anyOf ?? [];
  const owners = rule.owners ?? [];
  if (anyOf.length === 0 && owners.length === 0) throw new Error('Restricted() needs permissions or an owner rule');
  const policy: Policy = { kind: 'restricted', anyOf, owners: owners.map((o) => ({ name: o.name, when: o.when })) };
  // The rules themselves (with their owns() functions) ride along for enforce-policies.ts.
  return applyAll(Extensions({ policy, [OWNER_RULES_EXTENSION]: owners }) as MethodDecorator);
}

/**
 * An object type built only from the caller's own account (the Viewer, the sign-in payload): its
 * fields are the caller's own data by construction, so the matrix treats them as owner-checked.
 */
export function CallerOwned(): ClassDecorator {
  return Extensions({ callerOwned: true }) as ClassDecorator;
}
