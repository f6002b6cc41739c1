import type { ReactNode } from 'react';
import { Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Tri } from './bulkChanges';

/** One thing the bulk edit may change, in a card of its own. */
export function ChangeCard({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Paper withBorder radius="md" p="md" data-testid={testId}>
      <Stack gap="xs">
        <Text fw={600} fz="sm">
          {label}
        </Text>
        {children}
      </Stack>
    </Paper>
  );
}

/** Keep / Set / (clear, in the field's own words). */
export function TriControl({
  value,
  onChange,
  testId,
  clearLabel,
}: {
  value: Tri;
  onChange: (value: Tri) => void;
  testId: string;
  clearLabel: string;
}) {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      value={value}
      onChange={(v) => onChange(v as Tri)}
      data-testid={testId}
      data={[
        { value: 'keep', label: t('brand.promotions.members.bulk.keep') },
        { value: 'set', label: t('brand.promotions.members.bulk.set') },
        { value: 'clear', label: clearLabel },
      ]}
    />
  );
}
