import { errorCode, fieldErrors, rules, type FormErrors } from '@motiva/ui';

export interface SetPasswordValues extends Record<string, string> {
  password: string;
  confirm: string;
}

/** The API's rule (SetPasswordInput): 10 to 256 characters; the minimum is the kit's MIN_PASSWORD_LENGTH. */
export const MAX_PASSWORD_LENGTH = 256;

export function validateSetPassword(values: SetPasswordValues): FormErrors<SetPasswordValues> {
  const password =
    rules.newPassword(values.password) ??
    (values.password.length > MAX_PASSWORD_LENGTH ? { key: 'brand.setPassword.validation.tooLong' } : undefined);
  const confirm =
    values.confirm === ''
      ? { key: 'validation.required' }
      : values.confirm !== values.password
        ? { key: 'brand.setPassword.validation.mismatch' }
        : undefined;
  return { password, confirm };
}

/**
 * The link itself is no good: unknown, already used or expired (BAD_USER_INPUT naming the token),
 * or a token the API does not even accept as one. NOT_FOUND is treated the same way.
 */
export function isDeadLink(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'NOT_FOUND' || (code === 'BAD_USER_INPUT' && 'token' in fieldErrors(error));
}
