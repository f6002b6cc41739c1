import { errorCode, fieldErrors } from '../../apollo/errors';
import { rules } from '../../form/rules';
import type { FieldError } from '../../form/useForm';

/** The API's rule for a new password: 10 (MIN_PASSWORD_LENGTH) to 256 characters. */
export const MAX_PASSWORD_LENGTH = 256;

export function newPasswordError(value: string): FieldError | undefined {
  return rules.newPassword(value) ?? (value.length > MAX_PASSWORD_LENGTH ? { key: 'account.validation.passwordTooLong' } : undefined);
}

export function confirmError(password: string, confirm: string): FieldError | undefined {
  if (confirm === '') return { key: 'validation.required' };
  return confirm !== password ? { key: 'account.validation.mismatch' } : undefined;
}

/** The link itself is no good: unknown, used or expired (BAD_USER_INPUT naming the token). */
export function isDeadLink(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'NOT_FOUND' || (code === 'BAD_USER_INPUT' && 'token' in fieldErrors(error));
}
