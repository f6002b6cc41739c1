import { SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormSection, type SectionFields } from './FormSection';

/** Start and end in the brand's own time zone; a running promotion's start is history and stays. */
export function DatesSection({ draft, set, err, started }: SectionFields & { started: boolean }) {
  const { t } = useTranslation();
  return (
    <FormSection
      title={t('brand.promotions.editor.dates')}
      description={t('brand.promotions.editor.datesHint', { zone: Intl.DateTimeFormat().resolvedOptions().timeZone })}
      testId="promotion-section-dates"
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          type="datetime-local"
          label={t('brand.promotions.fields.startsAt')}
          required
          value={draft.startsAt}
          onChange={(e) => set('startsAt', e.currentTarget.value)}
          error={err('startsAt')}
          disabled={started}
          description={started ? t('brand.promotions.editor.startLocked') : undefined}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          data-testid="promotion-starts-at"
        />
        <TextInput
          type="datetime-local"
          label={t('brand.promotions.fields.endsAt')}
          required
          value={draft.endsAt}
          onChange={(e) => set('endsAt', e.currentTarget.value)}
          error={err('endsAt')}
          data-testid="promotion-ends-at"
        />
      </SimpleGrid>
    </FormSection>
  );
}
