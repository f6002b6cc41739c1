import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSalesStrings } from '../../i18n/sales-strings';
import { useFormat } from '../../format/useFormat';
import { DetailList } from '../DetailList';
import { StatusBadge } from '../StatusBadge';
import type { SaleDetailsSale } from './types';

type Props = Pick<SaleDetailsSale, 'fiscal' | 'verification' | 'verifiedAt'>;

/** The receipt's fiscal data (fn, i, fp, time, total) and what the receipt check said about it. */
export function FiscalDetails({ fiscal, verification, verifiedAt }: Props) {
  useSalesStrings();
  const { t } = useTranslation();
  const format = useFormat();
  const check = [
    { label: t('saleDetails.fiscal.verification'), value: <StatusBadge kind="receipt" status={verification} testId="sale-verification" /> },
    { label: t('saleDetails.fiscal.verifiedAt'), value: verifiedAt ? format.dateTime(verifiedAt) : null, numeric: true },
  ];
  if (!fiscal)
    return (
      <Stack gap="sm" data-testid="sale-fiscal">
        <Text fz="sm" c="dimmed">
          {t('saleDetails.fiscal.none')}
        </Text>
        <DetailList items={check} />
      </Stack>
    );
  const mono = { fontFamily: 'var(--mantine-font-family-monospace)' };
  return (
    <Stack gap="sm" data-testid="sale-fiscal">
      <DetailList
        items={[
          { label: t('saleDetails.fiscal.fn'), value: <span style={mono}>{fiscal.fn}</span>, testId: 'sale-fiscal-fn' },
          { label: t('saleDetails.fiscal.i'), value: <span style={mono}>{fiscal.i}</span>, testId: 'sale-fiscal-i' },
          { label: t('saleDetails.fiscal.fp'), value: <span style={mono}>{fiscal.fp}</span>, testId: 'sale-fiscal-fp' },
          {
            label: t('saleDetails.fiscal.operationType'),
            value:
              fiscal.operationType === 1 ? (
                t('saleDetails.fiscal.operationSale')
              ) : (
                <Text span c="red">
                  {t('saleDetails.fiscal.operationOther', { n: fiscal.operationType })}
                </Text>
              ),
          },
          { label: t('saleDetails.fiscal.purchasedAt'), value: format.receiptDateTime(fiscal.purchasedAt), numeric: true },
          { label: t('saleDetails.fiscal.total'), value: format.money(fiscal.total.amountMinor, fiscal.total.currency), numeric: true },
          ...check,
        ]}
      />
    </Stack>
  );
}
