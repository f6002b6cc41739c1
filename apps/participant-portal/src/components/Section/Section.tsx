import type { ReactNode } from 'react';
import { Group, Paper, Text, Title } from '@mantine/core';

/** A titled card on a detail page; tighter padding on phones; `actions` sit beside the title (below it on phones). */
export function Section({
  title,
  description,
  actions,
  children,
  testId,
}: {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  const heading = (
    <Title order={2} fz="h4" mb={actions ? 0 : description ? 4 : 'md'}>
      {title}
    </Title>
  );
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md" data-testid={testId}>
      {actions ? (
        <Group justify="space-between" align="center" gap="xs" mb={description ? 4 : 'md'}>
          {heading}
          {actions}
        </Group>
      ) : (
        heading
      )}
      {description && (
        <Text c="dimmed" fz="sm" mb="md">
          {description}
        </Text>
      )}
      {children}
    </Paper>
  );
}
