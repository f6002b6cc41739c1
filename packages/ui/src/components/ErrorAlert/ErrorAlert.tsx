import type { ReactNode } from 'react';
import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorCode, errorMessage, errorMessageKey } from '../../apollo/errors';
import { IconAlert } from '../../icons';

export interface ErrorAlertProps {
  error: unknown;
  /** i18n key of the sentence, instead of the one for the error's typed code. */
  messageKey?: string;
  /**
   * Also show what the API said in its own words (English), the only place that says exactly why a
   * CONFLICT or NOT_FOUND happened. Never for validation (the fields say it) or server failures
   * (masked by the API anyway).
   */
  withServerMessage?: boolean;
  /** Messages that have no field on screen to sit beside (label: message). */
  unplaced?: Array<{ label: string; message: string }>;
  /** What failed ("Not done"), above the sentence; without it the sentence is the heading when there is more to say. */
  title?: ReactNode;
  /** Lets the user dismiss it (an action's failure, not a form's). */
  onClose?: () => void;
  testId?: string;
}

/** Codes whose server message adds nothing: validation speaks through the fields, failures are masked. */
const UNEXPLAINED = new Set(['BAD_USER_INPUT', 'INTERNAL_SERVER_ERROR']);

/**
 * An API error above a form or a page: its typed `extensions.code` as a sentence in the user's
 * language, then (when there is more to say) the server's explanation and any field message with
 * nowhere else to go. With nothing more, the sentence alone is the alert's text; with more, it is
 * the heading.
 */
export function ErrorAlert({ error, messageKey, withServerMessage = false, unplaced = [], title, onClose, testId }: ErrorAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;
  const sentence = t(messageKey ?? errorMessageKey(error));
  const code = errorCode(error);
  const detail = withServerMessage && code && !UNEXPLAINED.has(code) ? errorMessage(error) : undefined;
  const more = !!detail || unplaced.length > 0;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlert />}
      title={title ?? (more ? sentence : undefined)}
      withCloseButton={!!onClose}
      onClose={onClose}
      role="alert"
      data-testid={testId}
      data-code={code}
    >
      {(title || !more) && <Text fz="sm">{sentence}</Text>}
      {detail && (
        <Text fz="sm" fw={500} style={{ overflowWrap: 'anywhere' }} data-testid="error-server-message">
          {detail}
        </Text>
      )}
      {unplaced.length > 0 && (
        <List fz="sm" spacing={2} mt={detail ? 'xs' : 0}>
          {unplaced.map((item) => (
            <List.Item key={item.label}>
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
