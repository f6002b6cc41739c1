import { useEffect, useState } from 'react';
import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSalesStrings } from '@motiva/ui';
import type { SaleDecisionReasonInput, SaleRejectionCode } from '@motiva/schema';
import { isRejectProblem, rejectReason, REJECTION_CODES } from './rejectReason';

export interface RejectSalesModalProps {
  opened: boolean;
  /** How many sales the reason goes to. */
  count: number;
  loading: boolean;
  onClose: () => void;
  onConfirm: (reason: SaleDecisionReasonInput) => void;
}

/** A reason from the list and the moderator's words (required for "Other reason"), for one sale or many. */
export function RejectSalesModal({ opened, count, loading, onClose, onConfirm }: RejectSalesModalProps) {
  useSalesStrings();
  const { t } = useTranslation();
  const [code, setCode] = useState<SaleRejectionCode | null>(null);
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<{ code?: string; text?: string }>({});

  useEffect(() => {
    if (opened) {
      setCode(null);
      setText('');
      setErrors({});
    }
  }, [opened]);

  const confirm = () => {
    const reason = rejectReason(code, text);
    if (isRejectProblem(reason)) {
      setErrors({ [reason.field]: t(`admin.sales.reject.${reason.key}`) });
      return;
    }
    onConfirm(reason);
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('admin.sales.reject.title', { count })}
      centered
      size="md"
      data-testid="reject-sales-modal"
    >
      <Stack gap="md">
        <Text fz="sm" c="dimmed">
          {t('admin.sales.reject.text')}
        </Text>
        <Select
          label={t('admin.sales.reject.code')}
          placeholder={t('admin.sales.reject.codePlaceholder')}
          required
          data={REJECTION_CODES.map((c) => ({ value: c, label: t(`saleDetails.rejectionCode.${c}`) }))}
          value={code}
          onChange={(value) => {
            setCode(value as SaleRejectionCode | null);
            setErrors({});
          }}
          error={errors.code}
          comboboxProps={{ withinPortal: true }}
          data-autofocus
          data-testid="reject-code"
        />
        <Textarea
          label={t('admin.sales.reject.comment')}
          description={code === 'OTHER' ? undefined : t('admin.sales.reject.commentOptional')}
          required={code === 'OTHER'}
          autosize
          minRows={3}
          maxRows={8}
          maxLength={1000}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            setErrors((e) => ({ ...e, text: undefined }));
          }}
          error={errors.text}
          data-testid="reject-text"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={confirm} loading={loading} data-testid="reject-confirm">
            {t('admin.sales.reject.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
