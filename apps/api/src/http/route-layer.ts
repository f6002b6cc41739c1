import cookieParser from 'cookie-parser';
import { Router, type Request, type Response } from 'express';
import { enforceAccess } from '../auth/access';
import { assertEveryRouteHasPolicy } from '../auth/assert-policies';
import type { RequestContext } from '../context';
import type { Route } from '../routes/define-route';

/** Builds the one request context of a request (http/request-context.ts in the app). */
export type ContextFactory = (req: Request, res: Response) => Promise<RequestContext>;

/**
 * Mounts the REST routes. Per request: the route's precheck, then the request context (with the
 * principal of the route's own authenticate() in place of the session's viewer, when it has one), then its
 * policy through enforceAccess() (the GraphQL guard's decision: 401 UNAUTHENTICATED without a
 * session, 403 FORBIDDEN without the permission), then the handler. Whatever it throws goes to the
 * app's one JSON error handler (http-errors.ts): a DomainError answers its code with the status of
 * HTTP_STATUS, anything else is logged and answered 500 without details.
 * Refuses at boot a route without a policy, a public one off the allowlist, or one declared twice.
 */
export function routeLayer(routes: readonly Route[], createContext: ContextFactory): Router {
  assertEveryRouteHasPolicy(routes);
  const router = Router();
  // Direct routes are answered before Express (direct-routes.ts); their policies are checked above all the same.
  for (const route of routes) {
    if (route.direct) continue;
    const method = route.method.toLowerCase() as Lowercase<Route['method']>;
    router[method](route.path, cookieParser(), async (req, res, next) => {
      try {
        route.precheck?.(req);
        const ctx = await createContext(req, res);
        // Assigned, not spread: the context's parts are prototype getters (http/request-context.ts).
        if (route.authenticate) Object.assign(ctx, { viewer: await route.authenticate(ctx, req, res), sessionToken: null });
        enforceAccess(ctx.viewer, route.policy);
        await route.handler(ctx, req, res);
      } catch (error) {
        // Refused before its body was read: close the connection rather than read the rest of it.
        if (!req.complete) res.setHeader('connection', 'close');
        next(error);
      }
    });
  }
  return router;
}
