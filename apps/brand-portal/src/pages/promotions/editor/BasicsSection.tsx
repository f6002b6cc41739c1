import { TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormSection, type SectionFields } from './FormSection';

/** Name, description and rules: what participants read. */
export function BasicsSection({ draft, set, err }: SectionFields) {
  const { t } = useTranslation();
  return (
    <FormSection title={t('brand.promotions.editor.basics')} testId="promotion-section-basics">
      <TextInput
        label={t('brand.promotions.fields.name')}
        required
        data-autofocus
        value={draft.name}
        onChange={(e) => set('name', e.currentTarget.value)}
        error={err('name')}
        data-testid="promotion-name"
      />
      <Textarea
        label={t('brand.promotions.fields.description')}
        description={t('brand.promotions.editor.descriptionHint')}
        inputWrapperOrder={['label', 'description', 'input', 'error']}
        autosize
        minRows={3}
        maxRows={10}
        value={draft.description}
        onChange={(e) => set('description', e.currentTarget.value)}
        error={err('description')}
        data-testid="promotion-description"
      />
      <Textarea
        label={t('brand.promotions.fields.rules')}
        description={t('brand.promotions.editor.rulesHint')}
        inputWrapperOrder={['label', 'description', 'input', 'error']}
        autosize
        minRows={4}
        maxRows={16}
        value={draft.rules}
        onChange={(e) => set('rules', e.currentTarget.value)}
        error={err('rules')}
        data-testid="promotion-rules"
      />
    </FormSection>
  );
}
