import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';
import { PORTAL_PATH, Role } from '@motiva/schema';
import { findRepoRoot } from '../shared/repo-root';

/** Where each portal's Vite build lives, relative to the monorepo root. */
const PORTAL_DIST: Record<Role, string> = {
  [Role.ADMIN]: 'apps/admin/dist',
  [Role.BRAND]: 'apps/brand-portal/dist',
  [Role.PARTNER]: 'apps/partner-portal/dist',
  [Role.PARTICIPANT]: 'apps/participant-portal/dist',
};

/**
 * Serves the four built portals from the API's own origin so the session cookie just works.
 * Unknown paths under a portal fall back to its index.html (client-side routing).
 */
export function portalRoutes(root = findRepoRoot()): { router: Router; served: Role[] } {
  const router = Router();
  const served: Role[] = [];
  for (const role of Object.values(Role)) {
    const dist = path.join(root, PORTAL_DIST[role]);
    if (!existsSync(path.join(dist, 'index.html'))) continue;
    const base = PORTAL_PATH[role].replace(/\/$/, '');
    served.push(role);
    router.use(base, express.static(dist, { index: false, maxAge: '1h', immutable: false }));
    router.get(`${base}{/*rest}`, (_req, res) => {
      res.setHeader('cache-control', 'no-cache');
      res.sendFile(path.join(dist, 'index.html'));
    });
  }
  router.get('/', (_req, res) => {
    res.redirect(PORTAL_PATH[Role.PARTICIPANT]);
  });
  return { router, served };
}
