import type { ReactNode } from 'react';
import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface DetailItem {
  label: ReactNode;
  value: ReactNode;
  testId?: string;
  /** Numbers line up in columns. */
  numeric?: boolean;
}

/** Label/value pairs for drawers and profile cards; empty values show a dash, not a gap. */
export function DetailList({ items, cols = 2 }: { items: DetailItem[]; cols?: number }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: cols }} spacing="md" verticalSpacing="sm">
      {items.map((item, index) => (
        <Stack key={index} gap={2}>
          <Text fz="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
            {item.label}
          </Text>
          {/* A div, not a p: values may be badges or other blocks. */}
          <Text
            component="div"
            data-testid={item.testId}
            style={{ overflowWrap: 'anywhere', fontVariantNumeric: item.numeric ? 'tabular-nums' : undefined }}
          >
            {item.value === null || item.value === undefined || item.value === '' ? t('common.notSet') : item.value}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}
