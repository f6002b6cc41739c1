import type { IncomingMessage } from 'node:http';
import type { Request, Response } from 'express';
import type { AccessPolicy } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import type { RequestContext } from '../context';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * A REST route, declared as data: the route layer (http/route-layer.ts) builds the one request
 * context, enforces `policy` with the same decision as the GraphQL guard (enforce-policies.ts) (401 when not signed
 * in, 403 without the permission), runs the handler, and answers every DomainError it throws as
 * `{ error: { code, message, ...details } }` with the status of http/http-errors.ts's one table.
 * A `direct` route takes the same steps before Express sees the request (http/direct-routes.ts).
 */
export type Route = ExpressRoute | DirectRoute;

interface RouteBase {
  method: HttpMethod;
  /** An express path under /api/, e.g. '/api/brand/product-imports'. */
  path: string;
  /**
   * Required: Policy.public() (only with an entry in PUBLIC_ROUTES), Policy.signedIn() or
   * Policy.allow(Permission.X, ...). A route without one does not type-check, and the registry
   * refuses it at boot (auth/assert-policies.ts).
   */
  policy: AccessPolicy;
}

/** A route served by Express: sessions from the cookie, the query parsed, the whole Request and Response. */
export interface ExpressRoute extends RouteBase {
  direct?: false;
  /**
   * Checks of the raw request that need no caller (a required header), run before the session is
   * even looked up; throw a DomainError to refuse.
   */
  precheck?(req: Request): void;
  /**
   * Instead of the session: the caller as the request itself proves it (a brand's API key and its
   * signature). Answers the principal the policy is then enforced on, by the same checker, or throws a
   * DomainError (401) to refuse. It may read the body; the handler then finds it in `res.locals.rawBody`.
   */
  authenticate?(ctx: RequestContext, req: Request, res: Response): Promise<Viewer>;
  /** Answers the request (res.status(...).json(...)); throws a DomainError to refuse it. */
  handler(ctx: RequestContext, req: Request, res: Response): Promise<void>;
}

/**
 * A route dispatched before Express (http/direct-routes.ts): for servers calling servers at volume (signed
 * postbacks), whose caller proves itself in every request, so there is no session, cookie or query to
 * parse, and Express's request set-up and router would cost more than the answer. Exact path, the same
 * policy check, context and error answers as every route. Its request is node's own; its response only
 * sets headers and answers JSON (an Express Response is one too, so the code reads the same).
 */
export interface DirectRoute extends RouteBase {
  direct: true;
  precheck?(req: IncomingMessage): void;
  /** Required: a direct route has no session to fall back on. Leaves what it read (the body) in `res.locals`. */
  authenticate(ctx: RequestContext, req: IncomingMessage, res: DirectResponse): Promise<Viewer>;
  handler(ctx: RequestContext, req: IncomingMessage, res: DirectResponse): Promise<void>;
}

/** What a direct route may do with its answer. */
export interface DirectResponse {
  /** Per-request values from authenticate() to the handler (the raw body, the replay marker). */
  locals: Record<string, unknown>;
  setHeader(name: string, value: string): unknown;
  status(code: number): { json(body: unknown): unknown };
}

/** Declares a route; the identity function, there for the type check and to read well in a feature's manifest. */
export function defineRoute(route: ExpressRoute): ExpressRoute {
  return route;
}

/** Declares a route dispatched before Express (DirectRoute). */
export function defineDirectRoute(route: Omit<DirectRoute, 'direct'>): DirectRoute {
  return { ...route, direct: true };
}

/** "POST /api/brand/product-imports": how the allowlist, the matrix and error messages name a route. */
export function routeKey(route: Pick<Route, 'method' | 'path'>): string {
  return `${route.method} ${route.path}`;
}
