import { useState } from 'react';
import { Alert, Button, Grid, Group, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useLazyQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ParseReceiptQrDocument } from '@motiva/schema';
import { ErrorAlert, errorCode, useFormat } from '@motiva/ui';
import { receiptFromQr, type DraftErrors, type ReceiptDraft } from './saleForm';

const numeric = { input: { fontVariantNumeric: 'tabular-nums' } } as const;

/**
 * The receipt: a fiscal one (read from a photo's QR code, from pasted QR text, or typed) or a plain
 * receipt number with its date.
 */
export function ReceiptFields({
  receipt,
  onChange,
  errors,
  currency,
}: {
  receipt: ReceiptDraft;
  onChange: (receipt: ReceiptDraft) => void;
  errors: DraftErrors;
  currency: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [qrText, setQrText] = useState('');
  const [parse, parsed] = useLazyQuery(ParseReceiptQrDocument, { fetchPolicy: 'network-only' });
  const set = <K extends keyof ReceiptDraft>(key: K, value: ReceiptDraft[K]) => onChange({ ...receipt, [key]: value });
  const err = (key: string) => (errors[`receipt.${key}`] ? t(errors[`receipt.${key}`]!) : undefined);

  const readQr = () => {
    const text = qrText.trim();
    if (!text) return;
    void parse({ variables: { text } }).then((result) => {
      const qr = result.data?.parseReceiptQr;
      if (qr) {
        onChange(receiptFromQr(qr, format.locale));
        setQrText('');
      }
    });
  };

  const badQr = errorCode(parsed.error) === 'BAD_USER_INPUT';
  const refund = receipt.mode === 'fiscal' && receipt.operationType !== 1;
  return (
    <Stack gap="md">
      <SegmentedControl
        fullWidth
        value={receipt.mode}
        onChange={(mode) => set('mode', mode as ReceiptDraft['mode'])}
        data={[
          { value: 'fiscal', label: <span data-testid="receipt-mode-fiscal">{t('participant.sales.receipt.modeFiscal')}</span> },
          { value: 'number', label: <span data-testid="receipt-mode-number">{t('participant.sales.receipt.modeNumber')}</span> },
        ]}
        data-testid="receipt-mode"
      />
      {receipt.mode === 'fiscal' && (
        <>
          {receipt.qr && (
            <Alert color="teal" variant="light" data-testid="receipt-from-qr" title={t('participant.sales.receipt.fromQr')}>
              {t('participant.sales.receipt.fromQrText', {
                total: format.money(receipt.qr.total.amountMinor, receipt.qr.total.currency),
              })}
            </Alert>
          )}
          {refund && (
            <Alert color="red" variant="light" data-testid="receipt-refund">
              {t('participant.sales.errors.NOT_A_SALE_RECEIPT')}
            </Alert>
          )}
          <Stack gap={6}>
            <Textarea
              label={t('participant.sales.receipt.pasteLabel')}
              description={t('participant.sales.receipt.pasteHint')}
              placeholder="t=20261201T1530&s=1234.50&fn=…&i=…&fp=…&n=1"
              autosize
              minRows={1}
              maxRows={3}
              maxLength={255}
              value={qrText}
              onChange={(event) => setQrText(event.currentTarget.value)}
              error={badQr ? t('participant.sales.receipt.pasteFailed') : undefined}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
              data-testid="qr-text"
            />
            <Group>
              <Button variant="default" onClick={readQr} loading={parsed.loading} disabled={!qrText.trim()} data-testid="qr-read">
                {t('participant.sales.receipt.pasteRead')}
              </Button>
            </Group>
            {parsed.error && !badQr && <ErrorAlert error={parsed.error} />}
          </Stack>
          <Grid gap="sm">
            <Grid.Col span={{ base: 6, sm: 4 }}>
              <TextInput
                type="date"
                label={t('participant.sales.receipt.date')}
                value={receipt.date}
                onChange={(event) => set('date', event.currentTarget.value)}
                error={err('date')}
                required
                styles={numeric}
                data-testid="receipt-date"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 4 }}>
              <TextInput
                type="time"
                label={t('participant.sales.receipt.time')}
                value={receipt.time}
                onChange={(event) => set('time', event.currentTarget.value)}
                error={err('time')}
                required
                styles={numeric}
                data-testid="receipt-time"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput
                label={t('participant.sales.receipt.total', { currency })}
                value={receipt.total}
                onChange={(event) => set('total', event.currentTarget.value)}
                error={err('total')}
                required
                inputMode="decimal"
                styles={{ input: { fontVariantNumeric: 'tabular-nums', textAlign: 'right' } }}
                data-testid="receipt-total"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label={t('participant.sales.receipt.fn')}
                value={receipt.fn}
                onChange={(event) => set('fn', event.currentTarget.value.replace(/\D/g, ''))}
                error={err('fn')}
                required
                inputMode="numeric"
                maxLength={16}
                styles={numeric}
                data-testid="receipt-fn"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 3 }}>
              <TextInput
                label={t('participant.sales.receipt.i')}
                value={receipt.i}
                onChange={(event) => set('i', event.currentTarget.value.replace(/\D/g, ''))}
                error={err('i')}
                required
                inputMode="numeric"
                maxLength={10}
                styles={numeric}
                data-testid="receipt-i"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 3 }}>
              <TextInput
                label={t('participant.sales.receipt.fp')}
                value={receipt.fp}
                onChange={(event) => set('fp', event.currentTarget.value.replace(/\D/g, ''))}
                error={err('fp')}
                required
                inputMode="numeric"
                maxLength={10}
                styles={numeric}
                data-testid="receipt-fp"
              />
            </Grid.Col>
          </Grid>
          <Text fz="xs" c="dimmed">
            {t('participant.sales.receipt.fiscalHint')}
          </Text>
        </>
      )}
      {receipt.mode === 'number' && (
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            label={t('participant.sales.receipt.number')}
            value={receipt.number}
            onChange={(event) => set('number', event.currentTarget.value)}
            error={err('number')}
            required
            maxLength={64}
            styles={numeric}
            data-testid="receipt-number"
          />
          <TextInput
            type="date"
            label={t('participant.sales.receipt.date')}
            value={receipt.date}
            onChange={(event) => set('date', event.currentTarget.value)}
            error={err('date')}
            required
            styles={numeric}
            data-testid="receipt-date"
          />
        </SimpleGrid>
      )}
    </Stack>
  );
}
