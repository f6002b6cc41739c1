import { useCallback, useMemo, useState } from 'react';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { SubmitSaleDocument, type MySaleRowFragment, type SaleFormPromotionQuery } from '@motiva/schema';
import { ErrorAlert, errorCode, fieldErrorPaths, useFormat } from '@motiva/ui';
import { PhotoPicker, type PhotoItem } from './PhotoPicker';
import { ReceiptFields } from './ReceiptFields';
import { RewardPreviewPanel } from './RewardPreviewPanel';
import { saleRuleMessage } from './saleErrors';
import {
  emptyReceipt,
  fieldErrorKey,
  formFieldPath,
  localToday,
  newLine,
  previewLines,
  receiptFromQr,
  receiptTotalMinor,
  validateSale,
  type DraftErrors,
  type LineDraft,
  type ReceiptDraft,
} from './saleForm';
import { SaleLines } from './SaleLines';

type Promotion = SaleFormPromotionQuery['promotion'];

function FormSection({ title, description, children }: { title: string; description?: string; children: React.ReactNode }) {
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
      <Title order={2} fz="h4" mb={description ? 4 : 'md'}>
        {title}
      </Title>
      {description && (
        <Text c="dimmed" fz="sm" mb="md">
          {description}
        </Text>
      )}
      {children}
    </Paper>
  );
}

/** The sale form for one promotion: photos, receipt, lines, what it earns; errors beside the fields, nothing lost. */
export function SaleForm({ promotion, onSubmitted }: { promotion: Promotion; onSubmitted: (sale: MySaleRowFragment) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const products = useMemo(() => promotion.earnings.map((e) => e.product), [promotion.earnings]);
  const [photos, setPhotos] = useState<PhotoItem[]>([]);
  const [receipt, setReceipt] = useState<ReceiptDraft>(emptyReceipt);
  const [lines, setLines] = useState<LineDraft[]>(() => [products.length === 1 ? newLine(products[0]!.id, '') : newLine()]);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [submit, { loading, error, reset }] = useMutation(SubmitSaleDocument, {
    // My sales lists are stale now: dropped from the cache, so they load afresh when next shown.
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'mySales' });
      cache.gc();
    },
  });

  const updatePhotos = useCallback((update: (items: PhotoItem[]) => PhotoItem[]) => setPhotos(update), []);
  const onQr = useCallback((qr: Parameters<typeof receiptFromQr>[0]) => setReceipt(receiptFromQr(qr, format.locale)), [format.locale]);

  const uploading = photos.some((p) => p.status === 'uploading');
  const send = () => {
    reset();
    const { errors: found, input } = validateSale(
      {
        promotionId: promotion.id,
        receipt,
        lines,
        photoIds: photos.flatMap((p) => (p.status === 'done' && p.photo ? [p.photo.id] : [])),
      },
      format.locale,
      localToday(),
    );
    setErrors(found);
    if (!input) return;
    submit({ variables: { input } })
      .then((result) => {
        if (result.data) onSubmitted(result.data.submitSale);
      })
      .catch((failure: unknown) => {
        const fields = fieldErrorPaths(failure);
        // The API's messages are English: a field the form knows gets the form's own sentence.
        setErrors(
          Object.fromEntries(
            Object.entries(fields).map(([path, message]) => {
              const field = formFieldPath(path);
              return [field, fieldErrorKey(field) ?? message];
            }),
          ),
        );
      });
  };

  const rule = error ? saleRuleMessage(error) : null;
  const placed = new Set(['receipt.date', 'receipt.time', 'receipt.total', 'receipt.fn', 'receipt.i', 'receipt.fp', 'receipt.number']);
  const unplaced =
    error && errorCode(error) === 'BAD_USER_INPUT'
      ? Object.entries(errors)
          .filter(([path]) => !placed.has(path) && !/^lines\.\d+\.(productId|quantity|price)$/.test(path))
          .map(([label, message]) => ({
            label: t(`participant.sales.form.fieldNames.${label.split('.')[0]}`, { defaultValue: label }),
            message,
          }))
      : undefined;
  const hasErrors = Object.keys(errors).length > 0 && !error;

  return (
    // One column, phone first: the reward explanation needs the width, and the button comes after it.
    <Stack gap="lg" maw={880}>
      <FormSection title={t('participant.sales.photos.title')} description={t('participant.sales.photos.description')}>
        <PhotoPicker items={photos} onChange={updatePhotos} onQr={onQr} />
      </FormSection>
      <FormSection title={t('participant.sales.receipt.title')}>
        <ReceiptFields receipt={receipt} onChange={setReceipt} errors={errors} currency={promotion.currency} />
      </FormSection>
      <FormSection title={t('participant.sales.lines.title')} description={t('participant.sales.lines.description')}>
        <SaleLines
          lines={lines}
          onChange={setLines}
          products={products}
          currency={promotion.currency}
          receiptTotal={receiptTotalMinor(receipt, format.locale)}
          errors={errors}
        />
      </FormSection>
      <FormSection title={t('participant.sales.reward.title')}>
        <RewardPreviewPanel promotionId={promotion.id} lines={previewLines(lines, format.locale)} />
      </FormSection>
      {rule && (
        <Alert
          color="red"
          variant="light"
          title={t('participant.sales.form.notSent')}
          data-testid="sale-error"
          data-code={errorCode(error)}
        >
          {t(rule.key, rule.values)}
        </Alert>
      )}
      {error && !rule && <ErrorAlert error={error} title={t('participant.sales.form.notSent')} unplaced={unplaced} testId="sale-error" />}
      {hasErrors && (
        <Text c="red.7" fz="sm" data-testid="sale-form-invalid">
          {t('participant.sales.form.fixFields')}
        </Text>
      )}
      <Group justify="space-between" align="center" gap="md" wrap="wrap-reverse">
        <Text fz="xs" c="dimmed" style={{ flex: '1 1 260px' }}>
          {t('participant.sales.form.afterSubmit')}
        </Text>
        <Button size="lg" onClick={send} loading={loading} disabled={uploading} data-testid="sale-submit" w={{ base: '100%', sm: 'auto' }}>
          {uploading ? t('participant.sales.form.waitPhotos') : t('participant.sales.form.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
