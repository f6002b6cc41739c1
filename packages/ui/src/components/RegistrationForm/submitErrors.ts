import { errorCode, fieldErrors } from '../../apollo/errors';

interface FormLike {
  setServerErrors: (messages: Record<string, string>) => number;
  setFieldError: (name: 'email', error: { key: string }) => void;
}

/**
 * Puts what the API said where the user will look: validation messages under their fields, a taken
 * email under the email field. Returns the i18n key for the alert above the form, if one is needed.
 */
export function applySubmitError(error: unknown, form: FormLike): string | undefined {
  const code = errorCode(error);
  if (code === 'BAD_USER_INPUT') {
    const matched = form.setServerErrors(fieldErrors(error));
    return matched > 0 ? 'errors.BAD_USER_INPUT' : undefined;
  }
  if (code === 'CONFLICT') {
    form.setFieldError('email', { key: 'errors.EMAIL_TAKEN' });
    return 'errors.EMAIL_TAKEN';
  }
  return undefined;
}
