import { randomUUID } from 'node:crypto';
import express, { type Express } from 'express';
import cookieParser from 'cookie-parser';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import { pinoHttp } from 'pino-http';
import type { ApolloServer } from '@apollo/server';
import type { AppServices, RequestContext } from '../graphql/context';
import { healthRoutes } from './health';
import { jsonErrorHandler, jsonNotFound, refuseControlCharactersInQuery } from './http-errors';
import { portalRoutes } from './portals';
import { productImportRoutes } from './product-imports';
import { createRequestContext } from './request-context';

export function createHttpApp(app: AppServices, orm: MikroORM, apollo: ApolloServer<RequestContext>): Express {
  const http = express();
  http.disable('x-powered-by');
  http.set('trust proxy', app.config.trustProxy);
  http.use(
    pinoHttp({
      logger: app.logger,
      genReqId: (req, res) => {
        const id = (req.headers['x-request-id'] as string | undefined)?.slice(0, 64) || randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
    }),
  );
  http.use(refuseControlCharactersInQuery);
  http.use(healthRoutes(orm));
  http.use(productImportRoutes(app, orm));
  http.use(
    '/graphql',
    cookieParser(),
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
