import { Text } from '@mantine/core';
import { useFormat } from '../../format/useFormat';
import { SaleFacts } from './SaleFacts';
import { StatusBadge } from '../StatusBadge';
import type { SaleDetailsSale } from './types';
import { useSaleDetailsT } from './useSaleDetailsT';

type Props = Pick<SaleDetailsSale, 'status' | 'decisionCode' | 'decisionText' | 'decidedAt'>;

/** Where the sale stands: its status, and once decided the reason (from the list and in words) and when. */
export function SaleDecision({ status, decisionCode, decisionText, decidedAt }: Props) {
  const t = useSaleDetailsT();
  const format = useFormat();
  const items = [{ label: t('saleDetails.decision.status'), value: <StatusBadge kind="sale" status={status} testId="sale-status" /> }];
  if (status === 'PENDING')
    items.push({
      label: t('saleDetails.decision.decidedAt'),
      value: (
        <Text span c="dimmed" fz="sm">
          {t('saleDetails.decision.pending')}
        </Text>
      ),
    });
  else {
    if (decidedAt) items.push({ label: t('saleDetails.decision.decidedAt'), value: <>{format.dateTime(decidedAt)}</> });
    if (decisionCode)
      items.push({
        label: t('saleDetails.decision.reason'),
        value: (
          <span data-testid="sale-decision-code">{t(`saleDetails.rejectionCode.${decisionCode}`, { defaultValue: decisionCode })}</span>
        ),
      });
    if (decisionText)
      items.push({
        label: t('saleDetails.decision.comment'),
        value: (
          <Text span fz="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="sale-decision-text">
            {decisionText}
          </Text>
        ),
      });
  }
  return <SaleFacts items={items} />;
}
