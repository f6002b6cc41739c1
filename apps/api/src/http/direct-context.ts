import type { IncomingMessage } from 'node:http';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Viewer } from '../auth/viewer';
import type { AppServices, RequestContext, SessionTransport } from '../context';
import { createLoaders, type Loaders } from '../loaders/loaders';

/** A direct route's caller proves itself per request: a service that tries to set a session cookie is a bug. */
const NO_SESSIONS: SessionTransport = {
  setSessionCookie() {
    throw new Error('a direct route has no session to set');
  },
  clearSessionCookie() {
    throw new Error('a direct route has no session to clear');
  },
};

/**
 * The request context of a direct route (direct-routes.ts): the same RequestContext every service takes,
 * built from node's own request. The EntityManager fork, loaders and child logger are built on first use
 * (most postbacks use the pool through preparedQuery and never fork); the viewer is the route's
 * authenticate() answer, set by the dispatcher.
 */
export class DirectRequestContext implements RequestContext {
  viewer: Viewer | null = null;
  readonly sessionToken = null;
  readonly userAgent: string | null;
  readonly transport = NO_SESSIONS;
  private forked?: EntityManager;
  private routeLoaders?: Loaders;
  private child?: Logger;
  private address?: string;

  constructor(
    readonly app: AppServices,
    private readonly orm: MikroORM,
    private readonly req: IncomingMessage,
    readonly requestId: string,
  ) {
    this.userAgent = req.headers['user-agent'] ?? null;
  }

  get em(): EntityManager {
    return (this.forked ??= this.orm.em.fork());
  }

  get loaders(): Loaders {
    return (this.routeLoaders ??= createLoaders(this.em));
  }

  get log(): Logger {
    return (this.child ??= this.app.logger.child({ reqId: this.requestId }));
  }

  /** As Express answers req.ip: behind a trusted proxy (TRUST_PROXY) the client X-Forwarded-For names first. */
  get ip(): string {
    return (this.address ??= clientAddress(this.req, this.app.config.trustProxy));
  }
}

function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? req.headers['x-forwarded-for'] : undefined;
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  return first || req.socket.remoteAddress || 'unknown';
}
