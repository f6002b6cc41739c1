import type { ReactNode } from 'react';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSalesStrings } from '../../i18n/sales-strings';
import { useFormat } from '../../format/useFormat';
import { StatusBadge } from '../StatusBadge';
import { FiscalDetails } from './FiscalDetails';
import { SaleDecision } from './SaleDecision';
import { SaleFacts } from './SaleFacts';
import { SaleFlags } from './SaleFlags';
import { SaleLinesTable } from './SaleLinesTable';
import { SalePhotos } from './SalePhotos';
import { SaleRewardExplanation } from './SaleRewardExplanation';
import { SaleSection } from './SaleSection';
import type { SaleDetailsSale } from './types';

export interface SaleDetailsProps {
  /** The sale, as the SaleDetailsFields fragment reads it. */
  sale: SaleDetailsSale;
  /** Shown above the parts: the participant and promotion, which each portal names its own way. */
  header?: ReactNode;
  /** Links the other sale a photo flag points at (admins); plain text when left out. */
  renderOtherSale?: (saleId: string) => ReactNode;
}

/**
 * One sale, the same in every portal: the decision, the receipt and its sums, the lines, photos, the
 * fiscal data and its check, risk flags (only where the API gives them) and how the reward was worked
 * out. Each part is exported on its own for pages that lay them out differently.
 */
export function SaleDetails({ sale, header, renderOtherSale }: SaleDetailsProps) {
  useSalesStrings();
  const { t } = useTranslation();
  const format = useFormat();
  const money = (m: { amountMinor: string; currency: string }) => format.money(m.amountMinor, m.currency);
  return (
    <Stack gap="md" data-testid="sale-details" data-sale-id={sale.id} data-status={sale.status}>
      {header}
      <SaleFacts
        items={[
          { label: t('saleDetails.decision.status'), value: <StatusBadge kind="sale" status={sale.status} testId="sale-status" /> },
          { label: t('saleDetails.reward'), value: money(sale.reward), numeric: true, testId: 'sale-reward' },
          { label: t('saleDetails.amount'), value: money(sale.amount), numeric: true, testId: 'sale-amount' },
          { label: t('saleDetails.receiptDate'), value: format.receiptDateTime(sale.receiptDate), numeric: true },
          { label: t('saleDetails.receiptNumber'), value: sale.receiptNumber, numeric: true },
          { label: t('saleDetails.submittedAt'), value: format.dateTime(sale.submittedAt), numeric: true },
          { label: t('saleDetails.source'), value: t(`saleDetails.sources.${sale.source}`, { defaultValue: sale.source }) },
        ]}
      />
      {/* Once decided: when, and for a rejection the reason the participant reads. */}
      {sale.status !== 'PENDING' && (
        <SaleSection title={t('saleDetails.decision.title')} testId="sale-decision">
          <SaleDecision status={sale.status} decisionCode={sale.decisionCode} decisionText={sale.decisionText} decidedAt={sale.decidedAt} />
        </SaleSection>
      )}
      {sale.riskFlags !== null && (
        <SaleSection title={t('saleDetails.flags.title')} testId="sale-flags-section">
          <SaleFlags flags={sale.riskFlags} renderOtherSale={renderOtherSale} />
        </SaleSection>
      )}
      <SaleSection title={t('saleDetails.photos.title')} testId="sale-photos-section">
        <SalePhotos photos={sale.photos} />
      </SaleSection>
      <SaleSection title={t('saleDetails.lines.title')} testId="sale-lines-section">
        <SaleLinesTable lines={sale.lines} amount={sale.amount} />
      </SaleSection>
      <SaleSection title={t('saleDetails.fiscal.title')} testId="sale-fiscal-section">
        <FiscalDetails fiscal={sale.fiscal} verification={sale.verification} verifiedAt={sale.verifiedAt} />
      </SaleSection>
      <SaleSection title={t('saleDetails.explanation.title')} testId="sale-explanation-section">
        <SaleRewardExplanation explanation={sale.explanation} />
      </SaleSection>
    </Stack>
  );
}
