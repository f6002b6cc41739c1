import { Text, type MantineSpacing } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSalesStrings } from '@motiva/ui';
import type { SaleRejectionCode } from '@motiva/schema';

/** Why a sale was rejected: the reason from the moderators' list (the kit's words), then their own. */
export function DecisionReason({
  sale,
  mt,
}: {
  sale: { decisionCode: SaleRejectionCode | null; decisionText: string | null };
  mt?: MantineSpacing;
}) {
  useSalesStrings();
  const { t } = useTranslation();
  if (!sale.decisionCode && !sale.decisionText) return null;
  const reason = sale.decisionCode ? t(`saleDetails.rejectionCode.${sale.decisionCode}`, { defaultValue: sale.decisionCode }) : null;
  return (
    <Text fz="sm" c="red.8" mt={mt} data-testid="sale-reason" style={{ overflowWrap: 'anywhere' }}>
      {[reason, sale.decisionText?.trim()].filter(Boolean).join(': ')}
    </Text>
  );
}
