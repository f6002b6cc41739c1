import { Button, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconCheck, IconX } from '@motiva/ui';

export interface BulkBarProps {
  count: number;
  loading: boolean;
  onApprove: () => void;
  onReject: () => void;
  onClear: () => void;
}

/** What to do with the selected sales; shown only while some are selected. */
export function BulkBar({ count, loading, onApprove, onReject, onClear }: BulkBarProps) {
  const { t } = useTranslation();
  if (count === 0) return null;
  return (
    <Paper withBorder radius="md" p="sm" bg="var(--mantine-color-blue-light)" data-testid="sales-bulk-bar">
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Text fz="sm" fw={600} data-testid="sales-selected-count">
          {t('admin.sales.bulk.selected', { count })}
        </Text>
        <Group gap="xs" wrap="wrap">
          <Button
            size="sm"
            color="green"
            leftSection={<IconCheck size={16} />}
            onClick={onApprove}
            loading={loading}
            data-testid="bulk-approve"
          >
            {t('admin.sales.bulk.approve')}
          </Button>
          <Button
            size="sm"
            color="red"
            variant="light"
            leftSection={<IconX size={16} />}
            onClick={onReject}
            disabled={loading}
            data-testid="bulk-reject"
          >
            {t('admin.sales.bulk.reject')}
          </Button>
          <Button size="sm" variant="subtle" onClick={onClear} disabled={loading} data-testid="bulk-clear">
            {t('admin.sales.bulk.clear')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
