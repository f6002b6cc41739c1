import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '@motiva/schema';
import type { RequestContext } from '../../graphql/context';
import { effectivePermissions, type Viewer } from '../../auth/viewer';
import { ModerationStatus } from '../../shared/enums';
import { preparedQuery } from '../../db/prepared-query';
import { Session } from './session.entity';
import { User } from './user.entity';
import { hashSessionToken, newSessionToken } from './session-token';

interface SessionRow {
  session_id: string;
  user_id: string;
  role: Role;
  disabled: boolean;
  brand_id: string | null;
  partner_id: string | null;
  partner_status: ModerationStatus | null;
  participant_id: string | null;
  participant_status: ModerationStatus | null;
}

/** One indexed query per request (a prepared statement, no ORM): the session, its user and the status that gates the user. */
export async function resolveViewer(em: EntityManager, token: string): Promise<Viewer | null> {
  const rows = await preparedQuery<SessionRow>(
    em,
    'motiva_resolve_viewer',
    `select s.id as session_id, u.id as user_id, u.role, u.disabled, u.brand_id, u.partner_id,
            pa.status as partner_status, pt.id as participant_id, pt.status as participant_status
       from session s
       join app_user u on u.id = s.user_id
       left join partner pa on pa.id = u.partner_id
       left join participant pt on pt.user_id = u.id
      where s.token_hash = $1 and s.revoked_at is null and s.expires_at > now()`,
    [hashSessionToken(token)],
  );
  const row = rows[0];
  if (!row) return null;
  const status = statusOf(row);
  return {
    userId: row.user_id,
    sessionId: row.session_id,
    role: row.role,
    status,
    brandId: row.brand_id,
    partnerId: row.partner_id,
    participantId: row.participant_id,
    permissions: effectivePermissions(row.role, status, row.disabled),
  };
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
}

/**
 * Ends every live session of a user but the one named (if any): after a password change or reset,
 * whoever signed in with the old password is signed out everywhere else.
 */
export async function revokeUserSessions(ctx: RequestContext, userId: string, keepSessionId: string | null = null): Promise<number> {
  return ctx.em.nativeUpdate(
    Session,
    { user: userId, revokedAt: null, ...(keepSessionId ? { id: { $ne: keepSessionId } } : {}) },
    { revokedAt: new Date() },
  );
}
