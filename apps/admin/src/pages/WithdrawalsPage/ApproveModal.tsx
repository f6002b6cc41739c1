import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface ApproveModalProps {
  opened: boolean;
  count: number;
  /** The selection's total, formatted. */
  amount: string;
  loading: boolean;
  onClose: () => void;
  onConfirm: () => void;
}

/** Money leaves the platform on approval: the admin confirms the count and the total first. */
export function ApproveModal({ opened, count, amount, loading, onClose, onConfirm }: ApproveModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('admin.money.withdrawals.approveTitle', { count })}
      centered
      data-testid="approve-modal"
    >
      <Stack gap="md">
        <Text fz="sm">{t('admin.money.withdrawals.approveText', { amount })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="green" onClick={onConfirm} loading={loading} data-testid="approve-confirm">
            {t('admin.money.withdrawals.approveConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
