import type { ReactNode } from 'react';
import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A titled part of the review; `extra` sits at the title's end (a count). */
export function ReviewSection({
  title,
  extra,
  children,
  testId,
}: {
  title: ReactNode;
  extra?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Stack gap="xs" data-testid={testId}>
      <Group justify="space-between" align="baseline" gap="xs">
        <Title order={3} fz="h5">
          {title}
        </Title>
        {extra}
      </Group>
      {children}
    </Stack>
  );
}

/** Free text as the brand wrote it: line breaks kept, long words wrapped. */
export function Prose({ text, testId }: { text: string; testId: string }) {
  const { t } = useTranslation();
  if (text.trim() === '') {
    return (
      <Text fz="sm" c="dimmed" data-testid={testId}>
        {t('admin.promotions.notGiven')}
      </Text>
    );
  }
  return (
    <Text fz="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid={testId}>
      {text}
    </Text>
  );
}

export const tabular = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;
