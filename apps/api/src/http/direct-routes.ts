import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import { enforceAccess } from '../auth/access';
import type { AppServices } from '../context';
import { routeKey, type DirectResponse, type DirectRoute, type Route } from '../routes/define-route';
import { BadUserInputError } from '../shared/errors';
import { textProblem } from '../shared/text-rules';
import { DirectRequestContext } from './direct-context';
import type { FastPath } from './fast-paths';
import { errorAnswer } from './http-errors';
import { logAccess, requestIdOf } from './request-log';

/** A direct route's answer: JSON only, written straight to node's response. */
class DirectAnswer implements DirectResponse {
  readonly locals: Record<string, unknown> = {};

  constructor(private readonly res: ServerResponse) {}

  setHeader(name: string, value: string): void {
    if (!this.res.headersSent) this.res.setHeader(name, value);
  }

  status(code: number): this {
    this.res.statusCode = code;
    return this;
  }

  json(body: unknown): void {
    if (this.res.headersSent) return;
    const text = JSON.stringify(body);
    this.res.setHeader('content-type', 'application/json; charset=utf-8');
    this.res.setHeader('content-length', Buffer.byteLength(text));
    this.res.end(text);
  }
}

/**
 * Serves the routes declared `direct` (define-route.ts) before Express sees the request, with the same steps
 * as the route layer (route-layer.ts): the edge rule for the query string, the route's precheck, its
 * authenticate(), its policy through enforceAccess() (the one checker), the handler, and every error through
 * the one mapping (http-errors.ts errorAnswer). The request id and the access line are the request log's.
 * Matches method and exact path; everything else goes on to Express. Why: a signed postback paid more for
 * Express's request set-up, router and middleware than for its own HMAC and parsing (bench/README.md).
 */
export function directRoutes(routes: readonly Route[], app: AppServices, orm: MikroORM): FastPath {
  const direct = routes.filter((route): route is DirectRoute => route.direct === true);
  const byKey = new Map(direct.map((route) => [routeKey(route), route]));
  // The methods direct routes use: any other request goes on to Express without looking at its path.
  const methods = new Set<string>(direct.map((route) => route.method));
  return (req, res) => {
    if (!methods.has(req.method ?? '')) return false;
    const url = req.url ?? '';
    const q = url.indexOf('?');
    const route = byKey.get(`${req.method} ${q < 0 ? url : url.slice(0, q)}`);
    if (!route) return false;
    void serve(route, req, res, app, orm, q < 0 ? '' : url.slice(q + 1));
    return true;
  };
}

async function serve(route: DirectRoute, req: IncomingMessage, res: ServerResponse, app: AppServices, orm: MikroORM, query: string) {
  const started = performance.now();
  const id = requestIdOf(req);
  res.setHeader('x-request-id', id);
  if (app.logger.isLevelEnabled('info')) {
    res.once('finish', () => logAccess(app.logger, id, route.method, req.url ?? '', res.statusCode, started));
  }
  const answer = new DirectAnswer(res);
  const ctx = new DirectRequestContext(app, orm, req, id);
  try {
    refuseControlCharacters(query);
    route.precheck?.(req);
    ctx.viewer = await route.authenticate(ctx, req, answer);
    enforceAccess(ctx.viewer, route.policy);
    await route.handler(ctx, req, answer);
  } catch (error) {
    // Refused before its body was read: close the connection rather than read the rest of it.
    if (!req.complete) answer.setHeader('connection', 'close');
    const refusal = errorAnswer(error);
    if (refusal.unexpected) ctx.log.error({ err: error }, 'unexpected error in an HTTP route');
    answer.status(refusal.status).json({ error: { code: refusal.code, message: refusal.message, ...refusal.details } });
  }
}

/** The REST edge rule (http-errors.ts refuseControlCharactersInQuery) for a direct route's query string. */
function refuseControlCharacters(query: string): void {
  if (!query) return;
  const fields: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(query)) {
    const problem = textProblem(name, 'singleLine') ?? textProblem(value, 'singleLine');
    if (problem) fields[name] = `${name} ${problem}`;
  }
  if (Object.keys(fields).length) throw new BadUserInputError('Some parameters are not valid', fields);
}
