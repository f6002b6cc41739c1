import { errorCode, fieldErrors } from '../../apollo/errors';

interface FormLike {
  setServerErrors: (messages: Record<string, string>) => number;
  setFieldError: (name: 'email', error: { key: string }) => void;
}

/**
 * Puts what the API said where the user will look: messages under their fields, a taken email under
 * the email field in the user's language. Returns the i18n key for the alert above the form, or
 * undefined to let the alert describe the error by its code.
 */
export function applySubmitError(error: unknown, form: FormLike): string | undefined {
  const code = errorCode(error);
  const fields = fieldErrors(error);
  if (code === 'CONFLICT' && (Object.keys(fields).length === 0 || 'email' in fields)) {
    form.setFieldError('email', { key: 'errors.EMAIL_TAKEN' });
    return 'errors.EMAIL_TAKEN';
  }
  const matched = form.setServerErrors(fields);
  return code === 'BAD_USER_INPUT' && matched > 0 ? 'errors.BAD_USER_INPUT' : undefined;
}
