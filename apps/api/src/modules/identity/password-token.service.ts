import { LockMode } from '@mikro-orm/core';
import type { RequestContext } from '../../graphql/context';
import { BadUserInputError } from '../../shared/errors';
import { withTransaction } from '../../shared/transaction';
import { recordAudit } from '../audit/audit.service';
import { hashPassword } from './password';
import { PasswordToken, PasswordTokenPurpose } from './password-token.entity';
import { hashSessionToken, newSessionToken } from './session-token';
import { User } from './user.entity';

const INVITE_TTL_HOURS = 72;

/** Issues a one-time set-password token for user inside the caller's transaction; returns the raw token. */
export function issuePasswordToken(tx: RequestContext, userId: string, purpose: PasswordTokenPurpose): string {
  const token = newSessionToken();
  tx.em.create(PasswordToken, {
    tokenHash: hashSessionToken(token),
    user: tx.em.getReference(User, userId),
    purpose,
    expiresAt: new Date(Date.now() + INVITE_TTL_HOURS * 3_600_000),
  });
  return token;
}

/**
 * Sets the password behind a valid, unused, unexpired token and burns the token. The row is locked, so
 * the same link used twice at once sets the password once. Returns the user, for signing in.
 */
export async function consumePasswordToken(ctx: RequestContext, token: string, password: string): Promise<User> {
  const passwordHash = await hashPassword(password);
  return withTransaction(ctx, async (tx) => {
    const row = await tx.em.findOne(
      PasswordToken,
      { tokenHash: hashSessionToken(token), usedAt: null, expiresAt: { $gt: new Date() } },
      { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['user'] },
    );
    if (!row) throw new BadUserInputError('This link is invalid, used or expired; ask for a new one', { token: 'invalid or expired' });
    row.usedAt = new Date();
    row.user.passwordHash = passwordHash;
    recordAudit(tx, { action: 'user.password_set', entityType: 'User', entityId: row.user.id, actorId: row.user.id, after: { purpose: row.purpose } });
    await tx.em.flush();
    return row.user;
  });
}
