import { Button, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface SelectionBarProps {
  count: number;
  /** The selection's total, formatted. */
  amount: string;
  onApprove: () => void;
  onReject: () => void;
  onClear: () => void;
}

/** What the checked rows add up to, and what can be done with them. */
export function SelectionBar({ count, amount, onApprove, onReject, onClear }: SelectionBarProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="sm" bg="blue.0" data-testid="withdrawal-selection">
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Text fz="sm" fw={500} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="withdrawal-selection-summary">
          {t('admin.money.withdrawals.selected', { count, amount })}
        </Text>
        <Group gap="xs" wrap="wrap">
          <Button variant="subtle" size="sm" onClick={onClear}>
            {t('admin.money.withdrawals.clearSelection')}
          </Button>
          <Button color="red" variant="light" size="sm" onClick={onReject} data-testid="withdrawals-reject">
            {t('admin.money.withdrawals.reject')}
          </Button>
          <Button color="green" size="sm" onClick={onApprove} data-testid="withdrawals-approve">
            {t('admin.money.withdrawals.approve')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
