import { Role } from '@motiva/schema';
import type { RequestContext } from '../../context';
import { BadUserInputError, UnauthenticatedError } from '../../shared/errors';
import { normalizePhone } from '../../shared/normalize';
import { withTransaction } from '../../shared/transaction';
import { recordAudit } from '../audit/audit.service';
import { Participant } from '../participants/participant.entity';
import type { ChangePasswordInput, UpdateMyProfileInput } from './account.inputs';
import { describeViewer } from './auth.service';
import { clearLoginFailures, reserveLoginAttempt } from './login-throttle';
import { hashPassword, verifyPassword } from './password';
import { revokeUserSessions } from './session.service';
import { User } from './user.entity';
import type { ViewerType } from './viewer.type';

/**
 * Needs the current password (a session left open on a shared computer must not be enough to take
 * the account over), which is throttled like a sign-in. Every other session of the user ends; this
 * one stays.
 */
export async function changePassword(ctx: RequestContext, input: ChangePasswordInput): Promise<boolean> {
  const viewer = ctx.viewer;
  if (!viewer) throw new UnauthenticatedError();
  const user = await ctx.em.findOneOrFail(User, viewer.userId, { populate: ['passwordHash'] });
  await reserveLoginAttempt(ctx, user.email);
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new BadUserInputError('The current password is wrong', { currentPassword: 'The current password is wrong' });
  }
  await clearLoginFailures(ctx, user.email);
  if (input.newPassword === input.currentPassword) {
    throw new BadUserInputError('Choose a password different from the current one', { newPassword: 'Same as the current password' });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await withTransaction(ctx, async (tx) => {
    await tx.em.nativeUpdate(User, { id: user.id }, { passwordHash });
    recordAudit(tx, { action: 'user.password_changed', entityType: 'User', entityId: user.id });
    await tx.em.flush();
    await revokeUserSessions(tx, user.id, viewer.sessionId);
  });
  return true;
}

/** Name and phone for everyone; the city too for a participant. Moderation status is untouched. */
export async function updateMyProfile(ctx: RequestContext, input: UpdateMyProfileInput): Promise<ViewerType> {
  const viewer = ctx.viewer;
  if (!viewer) throw new UnauthenticatedError();
  const name = input.name.trim();
  const phone = input.phone?.trim() ? normalizePhone(input.phone) : null;
  const city = input.city?.trim() || null;
  const problems: Record<string, string> = {};
  if (name.length < 2) problems.name = 'Enter your full name';
  if (!phone && (viewer.role === Role.PARTICIPANT || viewer.role === Role.PARTNER)) problems.phone = 'Enter a phone number';
  if (viewer.role === Role.PARTICIPANT && (!city || city.length < 2)) problems.city = 'Enter your city';
  if (viewer.role !== Role.PARTICIPANT && city) problems.city = 'Only participants have a city';
  if (Object.keys(problems).length) throw new BadUserInputError('Check the highlighted fields', problems);

  await withTransaction(ctx, async (tx) => {
    const user = await tx.em.findOneOrFail(User, viewer.userId);
    const participant = viewer.participantId ? await tx.em.findOneOrFail(Participant, viewer.participantId) : null;
    const before = { name: user.name, phone: user.phone ?? null, ...(participant ? { city: participant.city } : {}) };
    user.name = name;
    user.phone = phone;
    if (participant && city) participant.city = city;
    const after = { name, phone, ...(participant ? { city } : {}) };
    recordAudit(tx, { action: 'user.profile_updated', entityType: 'User', entityId: user.id, before, after });
    await tx.em.flush();
  });
  ctx.loaders.userById.clear(viewer.userId);
  if (viewer.participantId) ctx.loaders.participantById.clear(viewer.participantId);
  ctx.em.clear();
  return describeViewer(ctx);
}
