import { useCallback, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** A client-side check names an i18n key; a server message is shown as it came. */
export type FieldError = { key: string } | { message: string };
export type FormErrors<T> = Partial<Record<keyof T, FieldError>>;
export type Validator<T> = (values: T) => FormErrors<T>;

/**
 * The little a form here needs: string values, errors per field (client keys or server messages),
 * and input props for Mantine inputs. Errors clear as soon as the field is edited.
 */
export function useForm<T extends Record<string, string>>(initial: T, validate?: Validator<T>) {
  const { t } = useTranslation();
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<FormErrors<T>>({});

  const setFieldValue = useCallback(<K extends keyof T>(name: K, value: T[K]) => {
    setValues((previous) => ({ ...previous, [name]: value }));
    setErrors((previous) => (previous[name] ? { ...previous, [name]: undefined } : previous));
  }, []);

  const errorText = (name: keyof T): string | undefined => {
    const error = errors[name];
    if (!error) return undefined;
    return 'key' in error ? t(error.key) : error.message;
  };

  const getInputProps = (name: keyof T) => ({
    value: values[name],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setFieldValue(name, event.currentTarget.value as T[keyof T]),
    error: errorText(name),
  });

  /** Runs the validator; returns true when the form may be submitted. */
  const validateAll = (): boolean => {
    const found = validate ? validate(values) : {};
    const present = Object.fromEntries(Object.entries(found).filter(([, error]) => error)) as FormErrors<T>;
    setErrors(present);
    return Object.keys(present).length === 0;
  };

  /** Puts the API's BAD_USER_INPUT messages under the fields this form has. Returns how many matched. */
  const setServerErrors = (messages: Record<string, string>): number => {
    const known = Object.entries(messages).filter(([name]) => name in values);
    setErrors((previous) => ({
      ...previous,
      ...Object.fromEntries(known.map(([name, message]) => [name, { message }])),
    }));
    return known.length;
  };

  const setFieldError = (name: keyof T, error: FieldError | undefined) => setErrors((previous) => ({ ...previous, [name]: error }));

  return { values, setValues, setFieldValue, errors, setFieldError, getInputProps, validateAll, setServerErrors };
}
