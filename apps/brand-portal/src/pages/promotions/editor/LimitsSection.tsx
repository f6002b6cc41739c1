import { NativeSelect, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CURRENCIES } from '@motiva/ui';
import { AmountInput } from '../shared/AmountInput';
import type { PayoutFormat } from '../shared/payout';
import { FormSection, type SectionFields } from './FormSection';

export interface LimitsSectionProps extends SectionFields {
  currency: string;
  onCurrency: (currency: string) => void;
  /** A saved promotion keeps its currency: every amount in it is of that currency. */
  currencyFixed: boolean;
  fmt: PayoutFormat;
}

/** The currency, the caps (empty for none) and the holding period. */
export function LimitsSection({ draft, set, err, currency, onCurrency, currencyFixed, fmt }: LimitsSectionProps) {
  const { t } = useTranslation();
  const tidyMoney = (text: string) => {
    const minor = fmt.parseMoney(text);
    return minor === null ? null : fmt.moneyToInput(minor);
  };
  return (
    <FormSection
      title={t('brand.promotions.editor.limits')}
      description={t('brand.promotions.editor.limitsHint')}
      testId="promotion-section-limits"
    >
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
        <NativeSelect
          label={t('brand.promotions.fields.currency')}
          description={currencyFixed ? t('brand.promotions.editor.currencyFixed') : t('brand.promotions.editor.currencyHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          data={[...CURRENCIES]}
          value={currency}
          onChange={(e) => {
            onCurrency(e.currentTarget.value);
            set('currency', e.currentTarget.value);
          }}
          disabled={currencyFixed}
          error={err('currency')}
          data-testid="promotion-currency"
        />
        <AmountInput
          label={t('brand.promotions.fields.budgetCap')}
          description={t('brand.promotions.editor.noCapHint')}
          value={draft.budgetCap}
          onChange={(v) => set('budgetCap', v, 'budgetCapMinor')}
          unit={fmt.sign}
          tidy={tidyMoney}
          error={err('budgetCapMinor')}
          testId="promotion-budget-cap"
        />
        <AmountInput
          label={t('brand.promotions.fields.perParticipantCap')}
          description={t('brand.promotions.editor.noCapHint')}
          value={draft.perParticipantCap}
          onChange={(v) => set('perParticipantCap', v, 'perParticipantCapMinor')}
          unit={fmt.sign}
          tidy={tidyMoney}
          error={err('perParticipantCapMinor')}
          testId="promotion-per-participant-cap"
        />
        <AmountInput
          label={t('brand.promotions.fields.holdingDays')}
          description={t('brand.promotions.editor.holdingHint')}
          value={draft.holdingDays}
          onChange={(v) => set('holdingDays', v.replace(/[^\d]/g, '').slice(0, 3))}
          unit={t('brand.promotions.editor.daysUnit')}
          error={err('holdingDays')}
          testId="promotion-holding-days"
        />
        <AmountInput
          label={t('brand.promotions.fields.claimWindowDays')}
          description={t('brand.promotions.editor.claimWindowHint')}
          value={draft.claimWindowDays}
          onChange={(v) => set('claimWindowDays', v.replace(/[^\d]/g, '').slice(0, 3))}
          unit={t('brand.promotions.editor.daysUnit')}
          error={err('claimWindowDays')}
          testId="promotion-claim-window-days"
        />
      </SimpleGrid>
    </FormSection>
  );
}
