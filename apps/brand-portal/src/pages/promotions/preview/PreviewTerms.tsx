import { SegmentedControl, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BrandPromotionFieldsFragment, BrandPromotionMembersQuery } from '@motiva/schema';
import type { PayoutFormat } from '../shared/payout';
import type { Basis } from './previewInput';

type Member = BrandPromotionMembersQuery['promotionMembers']['items'][number];

/** Whose terms to price with: a payout option as it stands, or one member's (their option and own value). */
export function PreviewTerms({
  promotion,
  members,
  basis,
  onBasis,
  optionId,
  onOption,
  memberId,
  onMember,
  errors,
  fmt,
}: {
  promotion: BrandPromotionFieldsFragment;
  members: Member[];
  basis: Basis;
  onBasis: (basis: Basis) => void;
  optionId: string | null;
  onOption: (id: string | null) => void;
  memberId: string | null;
  onMember: (id: string | null) => void;
  errors: Record<string, string>;
  fmt: PayoutFormat;
}) {
  const { t } = useTranslation();
  const member = members.find((m) => m.id === memberId);
  return (
    <>
      <SegmentedControl
        value={basis}
        onChange={(v) => onBasis(v as Basis)}
        data-testid="preview-basis"
        fullWidth
        data={[
          { value: 'option', label: <span data-testid="preview-basis-option">{t('brand.promotions.preview.byOption')}</span> },
          { value: 'member', label: <span data-testid="preview-basis-member">{t('brand.promotions.preview.byMember')}</span> },
        ]}
      />
      {basis === 'option' ? (
        <Select
          label={t('brand.promotions.members.payoutOption')}
          data={promotion.payoutOptions.map((o) => ({ value: o.id, label: `${o.name} — ${fmt.withUnit(o.kind, o.value)}` }))}
          value={optionId}
          onChange={onOption}
          allowDeselect={false}
          error={errors.payoutOptionId}
          data-testid="preview-option"
        />
      ) : (
        <Select
          label={t('brand.promotions.preview.member')}
          placeholder={members.length ? t('brand.promotions.preview.memberPlaceholder') : t('brand.promotions.preview.noMembers')}
          data={members.map((m) => ({ value: m.id, label: `${m.participant.name} — ${m.payoutOption.name}` }))}
          value={memberId}
          onChange={onMember}
          searchable
          nothingFoundMessage={t('brand.promotions.preview.noMembers')}
          error={errors.memberId}
          description={
            member
              ? t(member.overrideValue != null ? 'brand.promotions.preview.memberTermsOverride' : 'brand.promotions.preview.memberTerms', {
                  option: `${member.payoutOption.name}: ${fmt.withUnit(member.payoutOption.kind, member.payoutOption.value)}`,
                  override: member.overrideValue != null ? fmt.withUnit(member.payoutOption.kind, member.overrideValue) : '',
                })
              : undefined
          }
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          disabled={members.length === 0}
          data-testid="preview-member"
        />
      )}
    </>
  );
}
