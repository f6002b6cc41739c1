import { Button, Stack, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../apollo/errors';
import { IconAlert } from '../../icons';

export interface ErrorStateProps {
  error?: unknown;
  onRetry?: () => void;
  retrying?: boolean;
  testId?: string;
}

/** A failed load: what went wrong in plain words, and a way to try again. */
export function ErrorState({ error, onRetry, retrying, testId = 'error-state' }: ErrorStateProps) {
  const { t } = useTranslation();
  return (
    <Stack align="center" gap="xs" py="xl" px="md" data-testid={testId} role="alert">
      <ThemeIcon size={48} radius="xl" variant="light" color="red">
        <IconAlert size={24} />
      </ThemeIcon>
      <Text fw={600} ta="center">
        {t('errors.loadFailed')}
      </Text>
      <Text c="dimmed" fz="sm" ta="center" maw={420}>
        {t(errorMessageKey(error))}
      </Text>
      {onRetry && (
        <Button variant="light" onClick={onRetry} loading={retrying} data-testid="retry">
          {t('common.retry')}
        </Button>
      )}
    </Stack>
  );
}
