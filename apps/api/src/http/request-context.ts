import type { Request, Response } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { AppServices, RequestContext } from '../graphql/context';
import { createLoaders, type Loaders } from '../graphql/loaders';
import { resolveViewer } from '../modules/identity/session.service';
import { cookieTransport, readSessionToken } from './session-cookie';

/** A fresh EntityManager fork and fresh (lazily built) loaders per request; the caller resolved once, here. */
export async function createRequestContext(app: AppServices, orm: MikroORM, req: Request, res: Response): Promise<RequestContext> {
  const em = orm.em.fork();
  const token = readSessionToken(req);
  const viewer = token ? await resolveViewer(em, token) : null;
  let loaders: Loaders | undefined;
  return {
    app,
    requestId: String(req.id),
    em,
    // Built on first use: most operations never touch a loader.
    get loaders() {
      return (loaders ??= createLoaders(em));
    },
    viewer,
    sessionToken: viewer ? token : null,
    ip: req.ip ?? 'unknown',
    userAgent: req.headers['user-agent'] ?? null,
    transport: cookieTransport(res, app.config.isProduction),
    log: req.log,
  };
}
