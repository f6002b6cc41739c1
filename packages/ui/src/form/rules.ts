import type { FieldError } from './useForm';
import { isBlank, isEmail, isPhone, isShorterThan, MIN_PASSWORD_LENGTH } from './validators';
import { MAX_MINOR_DIGITS, parseMoneyToMinor } from '../format/moneyInput';

/** Field rules shared by the forms, mirroring the API's validation so its (English) messages rarely show. */
export const rules = {
  required: (value: string): FieldError | undefined => (isBlank(value) ? { key: 'validation.required' } : undefined),
  text:
    (min: number) =>
    (value: string): FieldError | undefined =>
      isBlank(value) ? { key: 'validation.required' } : isShorterThan(value, min) ? { key: 'validation.tooShort' } : undefined,
  email: (value: string): FieldError | undefined =>
    isBlank(value) ? { key: 'validation.required' } : isEmail(value) ? undefined : { key: 'validation.email' },
  phone: (value: string): FieldError | undefined =>
    isBlank(value) ? { key: 'validation.required' } : isPhone(value) ? undefined : { key: 'validation.phone' },
  newPassword: (value: string): FieldError | undefined =>
    value === '' ? { key: 'validation.required' } : value.length < MIN_PASSWORD_LENGTH ? { key: 'validation.passwordLength' } : undefined,
  /** A required tick box kept as 'yes' / '' in the form's string values. */
  consent: (value: string): FieldError | undefined => (value === 'yes' ? undefined : { key: 'validation.consent' }),
  /** An amount typed in the user's locale (see MoneyInput), within what the API stores. */
  money:
    (locale: string) =>
    (value: string): FieldError | undefined => {
      if (isBlank(value)) return { key: 'validation.required' };
      const minor = parseMoneyToMinor(value, locale);
      if (minor === null) return { key: 'validation.money' };
      return minor.length > MAX_MINOR_DIGITS ? { key: 'validation.moneyTooLarge' } : undefined;
    },
};
