import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { RefundConversionDocument, type ConversionRowFragment } from '@motiva/schema';
import { ErrorAlert, notify, useFormat } from '@motiva/ui';
import { newRefundId, parseRefundAmount } from './reportFormat';

const fractionDigits = (currency: string) =>
  new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;

/**
 * Refunds a conversion in full (amount left empty) or in part. The refund id is made once per opened form, so
 * a double click or a retry after a lost answer is the same refund, never two.
 */
export function RefundModal({ conversion, onClose }: { conversion: ConversionRowFragment | null; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [text, setText] = useState('');
  const [refundId, setRefundId] = useState(newRefundId);
  const [refund, state] = useMutation(RefundConversionDocument, { refetchQueries: ['BrandConversions', 'BrandTrackingStats'] });
  const left = conversion ? BigInt(conversion.amount.amountMinor) - BigInt(conversion.refunded.amountMinor) : 0n;
  const currency = conversion?.amount.currency ?? 'RUB';
  const parsed = parseRefundAmount(text, fractionDigits(currency), left);

  const close = () => {
    setText('');
    setRefundId(newRefundId());
    onClose();
  };
  const submit = async () => {
    if (!conversion || !parsed.ok) return;
    const result = await refund({ variables: { input: { saleId: conversion.id, refundId, amountMinor: parsed.minor } } }).catch(() => null);
    if (!result?.data) return;
    notify.success(t('brand.promotions.report.refund.done', { orderId: conversion.orderId }));
    close();
  };

  return (
    <Modal
      opened={conversion !== null}
      onClose={close}
      title={t('brand.promotions.report.refund.title', { orderId: conversion?.orderId ?? '' })}
    >
      <Stack data-testid="refund-form">
        <Text fz="sm">{t('brand.promotions.report.refund.left', { amount: format.money(left, currency) })}</Text>
        <TextInput
          label={t('brand.promotions.report.refund.amount')}
          description={t('brand.promotions.report.refund.amountHint')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          inputMode="decimal"
          error={parsed.ok ? undefined : t(`brand.promotions.report.refund.error.${parsed.error}`)}
          data-autofocus
          data-testid="refund-amount"
        />
        {state.error && <ErrorAlert error={state.error} withServerMessage />}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('brand.promotions.report.refund.cancel')}
          </Button>
          <Button color="orange" onClick={() => void submit()} loading={state.loading} disabled={!parsed.ok} data-testid="refund-submit">
            {parsed.ok && parsed.minor === null
              ? t('brand.promotions.report.refund.submitAll')
              : t('brand.promotions.report.refund.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
