import type { ReactNode } from 'react';
import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface SaleFact {
  label: ReactNode;
  value: ReactNode;
  testId?: string;
  numeric?: boolean;
}

/**
 * Short label/value pairs two to a row even on a phone (DetailList's single column made the sale
 * view twice as long there); empty values show a dash.
 */
export function SaleFacts({ items }: { items: SaleFact[] }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="md" verticalSpacing="sm">
      {items.map((item, index) => (
        <Stack key={index} gap={2} miw={0}>
          <Text fz="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
            {item.label}
          </Text>
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
