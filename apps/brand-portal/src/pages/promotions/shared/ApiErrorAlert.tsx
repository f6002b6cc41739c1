import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorCode, errorMessage, errorMessageKey, IconAlert } from '@motiva/ui';

export interface ApiErrorAlertProps {
  error: unknown;
  /** Messages that have no field on screen to sit beside (label: message). */
  unplaced?: Array<{ label: string; message: string }>;
  /** i18n key of the heading, instead of the one for the error's code. */
  titleKey?: string;
  testId?: string;
}

/**
 * An API error above a form or a page: the code in the user's words, then what the API said (its
 * own English text, the only place that says exactly why a CONFLICT happened) and any field message
 * with nowhere else to go.
 */
export function ApiErrorAlert({ error, unplaced = [], titleKey, testId }: ApiErrorAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;
  const code = errorCode(error);
  // Server messages are safe to show for expected failures; anything else is masked by the API anyway.
  const detail = code && code !== 'INTERNAL_SERVER_ERROR' && code !== 'BAD_USER_INPUT' ? errorMessage(error) : undefined;
  return (
    <Alert color="red" variant="light" icon={<IconAlert />} title={t(titleKey ?? errorMessageKey(error))} role="alert" data-testid={testId}>
      {detail && <Text fz="sm">{detail}</Text>}
      {unplaced.length > 0 && (
        <List fz="sm" spacing={2} mt={detail ? 'xs' : 0}>
          {unplaced.map((item, index) => (
            <List.Item key={index}>
              <Text span fw={600} fz="sm">
                {item.label}:
              </Text>{' '}
              {item.message}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
