import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MemberStage, PayoutKind } from '@motiva/schema';
import { formatBasisPoints, useFormat } from '@motiva/ui';

/**
 * A payout value in words: "500.00 ₽ per unit", "5% of the sale". The value is minor units, or basis
 * points for PERCENT_OF_SALE; both stay strings (no floats) all the way to Intl.
 */
export function usePayoutText() {
  const { t } = useTranslation();
  const format = useFormat();
  return (kind: PayoutKind, value: string, currency: string): string =>
    kind === 'PERCENT_OF_SALE'
      ? t('partner.payout.PERCENT_OF_SALE', { percent: formatBasisPoints(value, format.locale) })
      : t(`partner.payout.${kind}`, { amount: format.money(value, currency) });
}

/** "14 days" / "14 дней": Intl knows each language's plural forms. */
export function useDays() {
  const format = useFormat();
  return (days: number) => new Intl.NumberFormat(format.locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(days);
}

const STAGE_COLOR: Record<MemberStage, string> = { INVITED: 'violet', ACCEPTED: 'blue', ACTIVE: 'green', COMPLETED: 'gray', DECLINED: 'orange', LEFT: 'orange' };

export function StageBadge({ stage }: { stage: MemberStage }) {
  const { t } = useTranslation();
  return (
    <Badge color={STAGE_COLOR[stage]} variant="light" radius="sm" style={{ flexShrink: 0, minWidth: 'max-content' }} data-testid="stage-badge" data-stage={stage}>
      {t(`partner.stage.${stage}`)}
    </Badge>
  );
}
