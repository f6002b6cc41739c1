import type { ReactNode } from 'react';
import { Paper, Text, Title } from '@mantine/core';

/** A titled card on a detail page; tighter padding on phones. */
export function Section({ title, description, children, testId }: { title: ReactNode; description?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md" data-testid={testId}>
      <Title order={2} fz="h4" mb={description ? 4 : 'md'}>
        {title}
      </Title>
      {description && (
        <Text c="dimmed" fz="sm" mb="md">
          {description}
        </Text>
      )}
      {children}
    </Paper>
  );
}
