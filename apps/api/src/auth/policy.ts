import { Authorized, Extensions } from 'type-graphql';
import { Permission } from '@motiva/schema';

/**
 * Every query, mutation and field resolver declares one of these policies. The policy is recorded as
 * a schema field extension so assertEveryOperationHasPolicy() can refuse a schema where one is missing.
 */
export type Policy =
  | { kind: 'public' }
  | { kind: 'signedIn' }
  | { kind: 'permissions'; anyOf: Permission[] };

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

/** An approved caller holding at least one of these permissions. */
export function Allow(...anyOf: Permission[]) {
  if (anyOf.length === 0) throw new Error('Allow() needs at least one permission');
  return applyAll(
    Extensions({ policy: { kind: 'permissions', anyOf } satisfies Policy }) as MethodDecorator,
    Authorized(...anyOf) as MethodDecorator,
  );
}
