import { Checkbox, Group, Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PromotionAudience, TrackingMode } from '@motiva/schema';
import { FormSection, type SectionFields } from './FormSection';
import { TRACKING_MODES } from './formValues';
import { PartnerPicker } from './PartnerPicker';

export interface AudienceSectionProps extends SectionFields {
  /** Names of the chosen partners, kept across a switch to all partners and back. */
  partnerNames: ReadonlyMap<string, string>;
  onPartnerNames: (names: ReadonlyMap<string, string>) => void;
  locked: boolean;
}

/** Who may take part (all partners or chosen ones) and how their sales are tracked. */
export function AudienceSection({ draft, set, err, partnerNames, onPartnerNames, locked }: AudienceSectionProps) {
  const { t } = useTranslation();
  return (
    <FormSection title={t('brand.promotions.editor.audience')} testId="promotion-section-audience">
      <Radio.Group
        label={t('brand.promotions.fields.audience')}
        value={draft.audience}
        onChange={(value) => set('audience', value as PromotionAudience)}
        error={err('audience')}
      >
        <Stack gap="xs" mt={6}>
          <Radio
            value="ALL_PARTNERS"
            label={t('glossary.audience.ALL_PARTNERS')}
            description={t('brand.promotions.audience.allHint')}
            data-testid="promotion-audience-all"
          />
          <Radio
            value="CHOSEN_PARTNERS"
            label={t('glossary.audience.CHOSEN_PARTNERS')}
            description={t('brand.promotions.audience.chosenHint')}
            data-testid="promotion-audience-chosen"
          />
        </Stack>
      </Radio.Group>
      {draft.audience === 'CHOSEN_PARTNERS' && (
        <PartnerPicker
          value={draft.audiencePartnerIds}
          onChange={(ids, names) => {
            onPartnerNames(new Map([...partnerNames, ...names]));
            set('audiencePartnerIds', ids);
          }}
          knownNames={partnerNames}
          error={err('audiencePartnerIds')}
          disabled={locked}
        />
      )}
      <Checkbox.Group
        label={t('brand.promotions.fields.trackingModes')}
        description={t('brand.promotions.editor.trackingHint')}
        inputWrapperOrder={['label', 'description', 'input', 'error']}
        value={draft.trackingModes}
        onChange={(value) => set('trackingModes', value as TrackingMode[])}
        error={err('trackingModes')}
        data-testid="promotion-tracking-modes"
      >
        <Group gap="lg" mt={6}>
          {TRACKING_MODES.map((mode) => (
            <Checkbox key={mode} value={mode} label={t(`glossary.trackingMode.${mode}`)} data-testid={`promotion-tracking-${mode}`} />
          ))}
        </Group>
      </Checkbox.Group>
    </FormSection>
  );
}
