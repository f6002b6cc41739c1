import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../apollo/errors';
import { IconAlert } from '../../icons';

/** An API error inside a form, in words the user understands (by its `extensions.code`). */
export function ErrorAlert({ error, messageKey, testId }: { error: unknown; messageKey?: string; testId?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlert />} data-testid={testId} role="alert">
      {t(messageKey ?? errorMessageKey(error))}
    </Alert>
  );
}
