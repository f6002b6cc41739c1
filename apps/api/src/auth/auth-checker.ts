import type { AuthChecker } from 'type-graphql';
import type { Permission } from '@motiva/schema';
import type { RequestContext } from '../graphql/context';
import { ForbiddenError, UnauthenticatedError } from '../shared/errors';

/** The one guard: type-graphql calls it for every @Authorized (via @SignedIn / @Allow) field. */
export const authChecker: AuthChecker<RequestContext, Permission> = ({ context }, required) => {
  const viewer = context.viewer;
  if (!viewer) throw new UnauthenticatedError();
  if (required.length === 0) return true;
  if (required.some((p) => viewer.permissions.has(p))) return true;
  throw new ForbiddenError();
};
