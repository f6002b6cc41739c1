import { useTranslation } from 'react-i18next';
import type { BrandMemberFieldsFragment } from '@motiva/schema';
import { useFormat } from '@motiva/ui';
import type { PayoutFormat } from '../shared/payout';

export type Member = BrandMemberFieldsFragment;

/** The words a member card, row and drawer share: where they come from, what they earn, when their codes are valid. */
export function useMemberText(fmt: PayoutFormat) {
  const { t } = useTranslation();
  const format = useFormat();
  return {
    origin: (m: Member) => [m.participant.partnerName ?? t('common.platformStaff'), m.participant.city].filter(Boolean).join(' · '),
    option: (m: Member) => `${m.payoutOption.name}: ${fmt.withUnit(m.payoutOption.kind, m.payoutOption.value)}`,
    override: (m: Member) => (m.overrideValue != null ? fmt.withUnit(m.payoutOption.kind, m.overrideValue) : null),
    validity: (m: Member) => {
      if (!m.validFrom && !m.validTo) return null;
      if (!m.validFrom) return t('brand.promotions.members.validUntil', { to: format.date(m.validTo!) });
      if (!m.validTo) return t('brand.promotions.members.validSince', { from: format.date(m.validFrom) });
      return t('brand.promotions.members.validRange', { from: format.date(m.validFrom), to: format.date(m.validTo) });
    },
  };
}
