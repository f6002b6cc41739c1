import type { RequestContext } from '../../context';
import { InvalidCredentialsError, UnauthenticatedError } from '../../shared/errors';
import type { Locale } from '../../shared/enums';
import { normalizeEmail } from '../../shared/normalize';
import { preparedQuery } from '../../db/prepared-query';
import { resolveViewer, endSession, revokeSession, startSession } from './session.service';
import { clearLoginFailures, reserveLoginAttempt } from './login-throttle';
import { verifyAgainstDummy, verifyPassword } from './password';
import { User } from './user.entity';
import type { AuthPayload, ViewerType } from './viewer.type';
import type { LoginInput } from './auth.inputs';

export async function login(ctx: RequestContext, input: LoginInput): Promise<AuthPayload> {
  const email = normalizeEmail(input.email);
  // Reserved before the (slow) password check, so parallel guesses cannot all slip under the limit.
  await reserveLoginAttempt(ctx, email);
  const user = await ctx.em.findOne(User, { email }, { populate: ['passwordHash'] });
  const ok = user ? await verifyPassword(user.passwordHash, input.password) : (await verifyAgainstDummy(input.password), false);
  // The reserved attempt stays on record as this failure.
  if (!user || !ok || user.disabled) throw new InvalidCredentialsError();
  await clearLoginFailures(ctx, email);
  return signIn(ctx, user);
}

/**
 * Starts a session for user and returns what the client needs; used by login, registration and the
 * set/reset-password links. The session the request presented (cookie or Bearer) is revoked first:
 * a new sign-in from the same browser replaces it, so signing in as someone else leaves no earlier
 * session alive behind the new cookie.
 */
export async function signIn(ctx: RequestContext, user: User): Promise<AuthPayload> {
  if (ctx.viewer) {
    await revokeSession(ctx, ctx.viewer.sessionId);
    ctx.viewer = null;
    ctx.sessionToken = null;
  }
  const token = await startSession(ctx, user.id);
  const viewer = await resolveViewer(ctx.em, token);
  if (!viewer) throw new Error('session vanished right after it was created');
  ctx.viewer = viewer;
  ctx.sessionToken = token;
  return { viewer: await describeViewer(ctx), token };
}

export async function logout(ctx: RequestContext): Promise<boolean> {
  await endSession(ctx);
  return true;
}

interface ViewerProfileRow {
  id: string;
  email: string;
  name: string;
  phone: string | null;
  locale: Locale;
  /** The driver hands timestamps over as text (the ORM's type parsers); made a Date below. */
  personal_data_consent_at: Date | string | null;
  personal_data_policy_version: string | null;
  rejection_reason: string | null;
}

/** The viewer's fields (and `__typename`) that the session itself answers, without the profile's row. */
export const SESSION_VIEWER_FIELDS: ReadonlySet<string> = new Set([
  '__typename',
  'id',
  'role',
  'status',
  'permissions',
  'brand',
  'partner',
  'participant',
]);

export type SessionViewer = Pick<ViewerType, 'id' | 'role' | 'status' | 'permissions' | 'brandId' | 'partnerId' | 'participantId'>;

/** The signed-in user as far as the session tells, for a `me` that asks only SESSION_VIEWER_FIELDS. */
export function sessionViewer(ctx: RequestContext): SessionViewer {
  const viewer = ctx.viewer;
  if (!viewer) throw new UnauthenticatedError();
  return {
    id: viewer.userId,
    role: viewer.role,
    status: viewer.status,
    permissions: [...viewer.permissions],
    brandId: viewer.brandId,
    partnerId: viewer.partnerId,
    participantId: viewer.participantId,
  };
}

/** `me` runs on every portal page: one prepared statement for the user's own columns, no entities. */
export async function describeViewer(ctx: RequestContext): Promise<ViewerType> {
  const viewer = ctx.viewer;
  if (!viewer) throw new UnauthenticatedError();
  const [user] = await preparedQuery<ViewerProfileRow>(
    ctx.em,
    'motiva_viewer_profile',
    `select u.id, u.email, u.name, u.phone, u.locale, u.personal_data_consent_at, u.personal_data_policy_version,
            case when $2::uuid is not null then pt.rejection_reason else pa.rejection_reason end as rejection_reason
       from app_user u
       left join participant pt on pt.id = $2::uuid
       left join partner pa on pa.id = $3::uuid
      where u.id = $1`,
    [viewer.userId, viewer.participantId, viewer.partnerId],
  );
  if (!user) throw new UnauthenticatedError();
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    phone: user.phone ?? null,
    locale: user.locale,
    role: viewer.role,
    status: viewer.status,
    rejectionReason: user.rejection_reason ?? null,
    permissions: [...viewer.permissions],
    personalDataConsentAt: user.personal_data_consent_at == null ? null : new Date(user.personal_data_consent_at),
    personalDataPolicyVersion: user.personal_data_policy_version ?? null,
    brandId: viewer.brandId,
    partnerId: viewer.partnerId,
    participantId: viewer.participantId,
  };
}

export async function setLocale(ctx: RequestContext, locale: Locale): Promise<ViewerType> {
  if (!ctx.viewer) throw new UnauthenticatedError();
  await ctx.em.nativeUpdate(User, { id: ctx.viewer.userId }, { locale });
  ctx.loaders.userById.clear(ctx.viewer.userId);
  ctx.em.clear();
  return describeViewer(ctx);
}
