import type { Request, Response } from 'express';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { AppServices, RequestContext, SessionTransport } from '../context';
import type { Viewer } from '../auth/viewer';
import { createLoaders, type Loaders } from '../loaders/loaders';
import { cachedViewer } from '../modules/identity/session.service';
import { cookieTransport, readSessionToken } from './session-cookie';

/** What a request builds only if something uses it; shared by every copy of its context. */
class LazyParts {
  private em?: EntityManager;
  private loaders?: Loaders;
  private transport?: SessionTransport;
  private log?: Logger;
  private ip?: string;

  constructor(
    private readonly app: AppServices,
    private readonly orm: MikroORM,
    private readonly req: Request,
    private readonly res: Response,
  ) {}

  requestEm(): EntityManager {
    return (this.em ??= this.orm.em.fork());
  }

  /** Always on the request's own EntityManager, also when reached from a transaction's context. */
  requestLoaders(): Loaders {
    return (this.loaders ??= createLoaders(this.requestEm()));
  }

  sessionTransport(): SessionTransport {
    return (this.transport ??= cookieTransport(this.res, this.app.config.isProduction));
  }

  logger(): Logger {
    return (this.log ??= this.req.log);
  }

  /** Express works the address out of X-Forwarded-For per `trust proxy` on every read. */
  clientIp(): string {
    return (this.ip ??= this.req.ip ?? 'unknown');
  }
}

/**
 * The request context of an HTTP request. The EntityManager fork, the loaders, the cookie transport,
 * the child logger and the client's address are built on first use, through getters on the
 * prototype: Apollo copies the context with Object.assign, which would run getters that were own
 * properties (and so build all of them for `{ __typename }`); prototype getters survive the copy
 * unread, and the copy shares `lazy`. withTransaction (shared/transaction.ts) copies property
 * descriptors for the same reason.
 */
class HttpRequestContext implements RequestContext {
  viewer: Viewer | null;
  sessionToken: string | null;
  readonly requestId: string;
  readonly userAgent: string | null;

  constructor(
    readonly app: AppServices,
    private readonly lazy: LazyParts,
    req: Request,
    viewer: Viewer | null,
    token: string | null,
  ) {
    this.requestId = String(req.id);
    this.viewer = viewer;
    this.sessionToken = viewer ? token : null;
    this.userAgent = req.headers['user-agent'] ?? null;
  }

  get em(): EntityManager {
    return this.lazy.requestEm();
  }

  get loaders(): Loaders {
    return this.lazy.requestLoaders();
  }

  get transport(): SessionTransport {
    return this.lazy.sessionTransport();
  }

  get log(): Logger {
    return this.lazy.logger();
  }

  get ip(): string {
    return this.lazy.clientIp();
  }
}

/** The caller resolved once, here (from the session cache, or one indexed query); the rest on first use. */
export async function createRequestContext(app: AppServices, orm: MikroORM, req: Request, res: Response): Promise<RequestContext> {
  const token = readSessionToken(req);
  const viewer = token ? await cachedViewer(orm.em, token) : null;
  return new HttpRequestContext(app, new LazyParts(app, orm, req, res), req, viewer, token);
}
