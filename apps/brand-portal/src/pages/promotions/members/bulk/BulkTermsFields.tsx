import { SegmentedControl, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BrandPromotionFieldsFragment, PayoutKind } from '@motiva/schema';
import { isPercentKind } from '@motiva/ui';
import { AmountInput } from '../../shared/AmountInput';
import type { PayoutFormat } from '../../shared/payout';
import { KEEP, type BulkDraft } from './bulkChanges';
import { ChangeCard, TriControl } from './ChangeCard';

export interface BulkFieldsProps {
  draft: BulkDraft;
  change: <K extends keyof BulkDraft>(name: K, value: BulkDraft[K], errorName: string) => void;
  errorText: (name: string) => string | undefined;
}

/** The members' terms: payout option, own value, and whether their sales are tracked. */
export function BulkTermsFields({
  draft,
  change,
  errorText,
  promotion,
  overrideKind,
  fmt,
}: BulkFieldsProps & { promotion: BrandPromotionFieldsFragment; overrideKind: PayoutKind | null; fmt: PayoutFormat }) {
  const { t } = useTranslation();
  return (
    <>
      <ChangeCard label={t('brand.promotions.members.payoutOption')} testId="bulk-option">
        <Select
          aria-label={t('brand.promotions.members.payoutOption')}
          data={[
            { value: KEEP, label: t('brand.promotions.members.bulk.keepOption') },
            ...promotion.payoutOptions.map((o) => ({ value: o.id, label: `${o.name} — ${fmt.withUnit(o.kind, o.value)}` })),
          ]}
          value={draft.optionId}
          onChange={(v) => change('optionId', v ?? KEEP, 'payoutOptionId')}
          allowDeselect={false}
          error={errorText('payoutOptionId')}
          data-testid="bulk-option-select"
        />
      </ChangeCard>

      <ChangeCard label={t('brand.promotions.members.override')} testId="bulk-override">
        <TriControl
          value={draft.overrideMode}
          onChange={(v) => change('overrideMode', v, 'overrideValue')}
          testId="bulk-override-mode"
          clearLabel={t('brand.promotions.members.bulk.clearOverride')}
        />
        {draft.overrideMode === 'set' &&
          (overrideKind ? (
            <AmountInput
              ariaLabel={t('brand.promotions.members.override')}
              value={draft.overrideText}
              onChange={(v) => change('overrideText', v, 'overrideValue')}
              unit={isPercentKind(overrideKind) ? '%' : fmt.sign}
              description={t(`brand.promotions.payout.hint.${overrideKind}`)}
              error={errorText('overrideValue')}
              testId="bulk-override-value"
              w={240}
            />
          ) : (
            <Text fz="sm" c="orange.8" data-testid="bulk-override-mixed">
              {t('brand.promotions.members.bulk.mixedKinds')}
            </Text>
          ))}
        <Text fz="xs" c="dimmed">
          {t('brand.promotions.members.bulk.overrideHint')}
        </Text>
      </ChangeCard>

      <ChangeCard label={t('brand.promotions.members.activeColumn')} testId="bulk-active">
        <SegmentedControl
          value={draft.activeMode}
          onChange={(v) => change('activeMode', v as BulkDraft['activeMode'], 'active')}
          data-testid="bulk-active-mode"
          data={[
            { value: 'keep', label: t('brand.promotions.members.bulk.keep') },
            { value: 'active', label: t('brand.promotions.members.bulk.activate') },
            { value: 'inactive', label: t('brand.promotions.members.bulk.deactivate') },
          ]}
        />
      </ChangeCard>
    </>
  );
}
