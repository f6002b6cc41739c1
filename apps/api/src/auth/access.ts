import type { Permission } from '@motiva/schema';
import { ForbiddenError, UnauthenticatedError } from '../shared/errors';
import type { Viewer } from './viewer';

/**
 * The one place a permission decision is made. GraphQL fields (through enforce-policies.ts), REST
 * routes (through the route layer), @Restricted fields and the services' row scoping all ask here, so
 * "who may" has one answer whichever door the caller came in by.
 */

/** Does the caller hold this permission? Anonymous, pending and rejected callers hold none. */
export function can(viewer: Viewer | null | undefined, permission: Permission): boolean {
  return viewer?.permissions.has(permission) ?? false;
}

/** Does the caller hold at least one of these permissions? */
export function canAny(viewer: Viewer | null | undefined, anyOf: readonly Permission[]): boolean {
  return anyOf.some((permission) => can(viewer, permission));
}

/** Who may call an operation or a route: anyone, any signed-in caller, or holders of one of the permissions. */
export type AccessPolicy = { kind: 'public' } | { kind: 'signedIn' } | { kind: 'permissions'; anyOf: Permission[] };

export type AccessDecision = 'ALLOWED' | 'UNAUTHENTICATED' | 'FORBIDDEN';

/**
 * Not signed in: UNAUTHENTICATED (HTTP 401), whatever the policy asks beyond "public". Signed in
 * without the permission (including a pending or rejected account): FORBIDDEN (HTTP 403).
 */
export function decideAccess(viewer: Viewer | null | undefined, policy: AccessPolicy): AccessDecision {
  if (policy.kind === 'public') return 'ALLOWED';
  if (!viewer) return 'UNAUTHENTICATED';
  if (policy.kind === 'signedIn') return 'ALLOWED';
  return canAny(viewer, policy.anyOf) ? 'ALLOWED' : 'FORBIDDEN';
}

/** decideAccess() as the typed errors both transports map to 401 / 403 (or their GraphQL codes). */
export function enforceAccess(viewer: Viewer | null | undefined, policy: AccessPolicy): void {
  const decision = decideAccess(viewer, policy);
  if (decision === 'UNAUTHENTICATED') throw new UnauthenticatedError();
  if (decision === 'FORBIDDEN') throw new ForbiddenError();
}
