import { LockMode } from '@mikro-orm/core';
import type { RequestContext } from '../../context';
import { BadUserInputError } from '../../shared/errors';
import { withTransaction } from '../../shared/transaction';
import { recordAudit } from '../audit/audit.service';
import { hashPassword } from './password';
import { PasswordToken, PasswordTokenPurpose } from './password-token.entity';
import { hashSessionToken, newSessionToken } from './session-token';
import { revokeUserSessions } from './session.service';
import { User } from './user.entity';

/** An invitation waits for days; a reset link is a live credential for whoever reads the mailbox, so it dies fast. */
const TTL_HOURS: Record<PasswordTokenPurpose, number> = { [PasswordTokenPurpose.INVITE]: 72, [PasswordTokenPurpose.RESET]: 1 };

/** Issues a one-time set-password token for user inside the caller's transaction; returns the raw token. */
export function issuePasswordToken(tx: RequestContext, userId: string, purpose: PasswordTokenPurpose): string {
  const token = newSessionToken();
  tx.em.create(PasswordToken, {
    tokenHash: hashSessionToken(token),
    user: tx.em.getReference(User, userId),
    purpose,
    expiresAt: new Date(Date.now() + TTL_HOURS[purpose] * 3_600_000),
  });
  return token;
}

/**
 * Sets the password behind a valid, unused, unexpired token of that purpose and burns the token. The
 * row is locked, so the same link used twice at once sets the password once. Every session the user
 * had ends with the old password (a reset usually means someone else may know it). Returns the user,
 * for signing in.
 */
export async function consumePasswordToken(
  ctx: RequestContext,
  token: string,
  password: string,
  purpose: PasswordTokenPurpose,
): Promise<User> {
  const passwordHash = await hashPassword(password);
  return withTransaction(ctx, async (tx) => {
    const row = await tx.em.findOne(
      PasswordToken,
      { tokenHash: hashSessionToken(token), purpose, usedAt: null, expiresAt: { $gt: new Date() } },
      { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['user'] },
    );
    if (!row || row.user.disabled)
      throw new BadUserInputError('This link is invalid, used or expired; ask for a new one', { token: 'invalid or expired' });
    row.usedAt = new Date();
    row.user.passwordHash = passwordHash;
    recordAudit(tx, {
      action: 'user.password_set',
      entityType: 'User',
      entityId: row.user.id,
      actorId: row.user.id,
      after: { purpose: row.purpose },
    });
    await tx.em.flush();
    await revokeUserSessions(tx, row.user.id);
    return row.user;
  });
}
