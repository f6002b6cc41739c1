import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '@motiva/schema';
import type { RequestContext } from '../../context';
import { effectivePermissions, type Viewer } from '../../auth/viewer';
import { ModerationStatus } from '../../shared/enums';
import { preparedQuery } from '../../db/prepared-query';
import { Session } from './session.entity';
import { User } from './user.entity';
import { hashSessionToken, newSessionToken } from './session-token';
import { cacheGeneration, getCachedViewer, invalidateCachedViewers, storeViewer } from './session-cache';

interface SessionRow {
  session_id: string;
  /** Text, as the ORM's type parsers hand timestamps over. */
  expires_at: string | Date;
  user_id: string;
  role: Role;
  disabled: boolean;
  brand_id: string | null;
  partner_id: string | null;
  partner_status: ModerationStatus | null;
  participant_id: string | null;
  participant_status: ModerationStatus | null;
}

/**
 * The viewer of a request: from this process's session cache (session-cache.ts) when it looked the
 * session up a moment ago, otherwise one indexed query, whose answer it keeps for a few seconds.
 * em must not be inside a transaction: what a transaction sees is not everybody's yet.
 */
export async function cachedViewer(em: EntityManager, token: string): Promise<Viewer | null> {
  const tokenHash = hashSessionToken(token);
  const cached = getCachedViewer(tokenHash);
  if (cached) return cached;
  const startedAt = cacheGeneration();
  const found = await findSession(em, tokenHash);
  if (!found) return null;
  storeViewer(tokenHash, found.viewer, found.expiresAt, startedAt);
  return found.viewer;
}

/** The viewer straight from the database (sign-in, inside its transaction, reads the session it just made). */
export async function resolveViewer(em: EntityManager, token: string): Promise<Viewer | null> {
  return (await findSession(em, hashSessionToken(token)))?.viewer ?? null;
}

/** One indexed query (no ORM): the session, its user and the status that gates the user. */
async function findSession(em: EntityManager, tokenHash: string): Promise<{ viewer: Viewer; expiresAt: Date } | null> {
  const rows = await preparedQuery<SessionRow>(
    em,
    'motiva_resolve_viewer',
    `select s.id as session_id, s.expires_at, u.id as user_id, u.role, u.disabled, u.brand_id, u.partner_id,
            pa.status as partner_status, pt.id as participant_id, pt.status as participant_status
       from session s
       join app_user u on u.id = s.user_id
       left join partner pa on pa.id = u.partner_id
       left join participant pt on pt.user_id = u.id
      where s.token_hash = $1 and s.revoked_at is null and s.expires_at > now()`,
    [tokenHash],
  );
  const row = rows[0];
  if (!row) return null;
  const status = statusOf(row);
  // Frozen: a cached viewer is shared by every request of the session for a few seconds.
  const viewer: Viewer = Object.freeze({
    userId: row.user_id,
    sessionId: row.session_id,
    role: row.role,
    status,
    brandId: row.brand_id,
    partnerId: row.partner_id,
    participantId: row.participant_id,
    permissions: effectivePermissions(row.role, status, row.disabled),
  });
  return { viewer, expiresAt: new Date(row.expires_at) };
}

function statusOf(row: SessionRow): ModerationStatus {
  if (row.role === Role.PARTICIPANT) return row.participant_status ?? ModerationStatus.PENDING;
  if (row.role === Role.PARTNER) return row.partner_status ?? ModerationStatus.PENDING;
  return ModerationStatus.APPROVED;
}

/** Creates a session for user, hands its token to the transport (cookie) and returns it (Bearer). */
export async function startSession(ctx: RequestContext, userId: string): Promise<string> {
  const token = newSessionToken();
  const expiresAt = new Date(Date.now() + ctx.app.config.session.ttlHours * 3_600_000);
  ctx.em.create(Session, {
    tokenHash: hashSessionToken(token),
    user: ctx.em.getReference(User, userId),
    expiresAt,
    ipAddress: ctx.ip,
    userAgent: ctx.userAgent?.slice(0, 255) ?? null,
  });
  await ctx.em.flush();
  ctx.transport.setSessionCookie(token, expiresAt);
  return token;
}

/** Logout kills the session server-side, so a copied token stops working too. */
export async function endSession(ctx: RequestContext): Promise<void> {
  if (ctx.viewer) await revokeSession(ctx, ctx.viewer.sessionId);
  ctx.transport.clearSessionCookie();
}

export async function revokeSession(ctx: RequestContext, sessionId: string): Promise<void> {
  await ctx.em.nativeUpdate(Session, { id: sessionId, revokedAt: null }, { revokedAt: new Date() });
  invalidateCachedViewers(ctx.em);
}

/**
 * Ends every live session of a user but the one named (if any): after a password change or reset,
 * whoever signed in with the old password is signed out everywhere else.
 */
export async function revokeUserSessions(ctx: RequestContext, userId: string, keepSessionId: string | null = null): Promise<number> {
  const revoked = await ctx.em.nativeUpdate(
    Session,
    { user: userId, revokedAt: null, ...(keepSessionId ? { id: { $ne: keepSessionId } } : {}) },
    { revokedAt: new Date() },
  );
  invalidateCachedViewers(ctx.em);
  return revoked;
}
