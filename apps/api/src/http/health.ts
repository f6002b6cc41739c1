import { Router } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';

/**
 * /readyz: the process can reach its database (for load balancers). /healthz (the process answers)
 * is served ahead of Express by fast-paths.ts; this router answers it too for an app mounted without it.
 */
export function healthRoutes(orm: MikroORM): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    try {
      await orm.em.getConnection().execute('select 1', [], 'get', undefined);
      res.json({ status: 'ready' });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', reason: (error as Error).message });
    }
  });
  return router;
}
