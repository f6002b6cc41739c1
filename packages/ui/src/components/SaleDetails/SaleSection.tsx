import type { ReactNode } from 'react';
import { Paper, Title } from '@mantine/core';

/** One titled block of the sale view; its content never widens the page (tables scroll inside). */
export function SaleSection({ title, children, testId }: { title: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} style={{ minWidth: 0 }} data-testid={testId}>
      <Title order={3} fz="h5" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}
