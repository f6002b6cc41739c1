import express, { type Express } from 'express';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { ApolloServer } from '@apollo/server';
import type { AppServices, RequestContext } from '../context';
import { healthRoutes } from './health';
import { jsonErrorHandler, jsonNotFound, refuseControlCharactersInQuery } from './http-errors';
import { portalRoutes } from './portals';
import { requestLog } from './request-log';
import { createRequestContext } from './request-context';
import { routeLayer } from './route-layer';
import { FEATURES } from '../features';

/** Every feature's REST routes, from the manifests (src/features.ts). */
export const ROUTES = FEATURES.flatMap((feature) => feature.routes ?? []);

export function createHttpApp(app: AppServices, orm: MikroORM, apollo: ApolloServer<RequestContext>): Express {
  const http = express();
  http.disable('x-powered-by');
  // No ETag on API answers: every res.send() would hash its body, and GraphQL and REST answers here are
  // POSTs or per-user reads that no cache revalidates. The portals' files keep theirs (serve-static's own).
  http.set('etag', false);
  http.set('trust proxy', app.config.trustProxy);
  // Health first: a load balancer's probe pays for no logging, no parsing and no other middleware.
  http.use(healthRoutes(orm));
  http.use(requestLog(app.logger));
  http.use(refuseControlCharactersInQuery);
  http.use(routeLayer(ROUTES, (req, res) => createRequestContext(app, orm, req, res)));
  http.use(
    '/graphql',
    // Cookies are parsed when the session is read (session-cookie.ts), only for requests without a Bearer token.
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: ({ req, res }) => createRequestContext(app, orm, req, res),
    }),
  );
  // No HTML page from express's defaults: unknown API routes and every error answer JSON with a code.
  http.use('/api', jsonNotFound);
  if (app.config.servePortals) http.use(portalRoutes().router);
  http.use(jsonNotFound);
  http.use(jsonErrorHandler);
  return http;
}
