import { Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BrandPromotionFieldsFragment } from '@motiva/schema';
import { useFormat } from '@motiva/ui';
import type { BulkFieldsProps } from './BulkTermsFields';
import { ChangeCard, TriControl } from './ChangeCard';

/** When the members' links and codes are valid: each end kept, set or cleared, within the promotion's dates. */
export function BulkValidityFields({ draft, change, errorText, promotion }: BulkFieldsProps & { promotion: BrandPromotionFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const end = (mode: 'fromMode' | 'toMode', text: 'fromText' | 'toText', name: 'validFrom' | 'validTo', testId: string) => (
    <Stack gap={6}>
      <Text fz="sm">{t(`brand.promotions.members.${name}`)}</Text>
      <TriControl
        value={draft[mode]}
        onChange={(v) => change(mode, v, name)}
        testId={`${testId}-mode`}
        clearLabel={t('brand.promotions.members.bulk.clearDate')}
      />
      {draft[mode] === 'set' && (
        <TextInput
          type="datetime-local"
          aria-label={t(`brand.promotions.members.${name}`)}
          value={draft[text]}
          onChange={(e) => change(text, e.currentTarget.value, name)}
          error={errorText(name)}
          data-testid={testId}
        />
      )}
    </Stack>
  );
  return (
    <ChangeCard label={t('brand.promotions.members.bulk.validity')} testId="bulk-validity">
      <Text fz="xs" c="dimmed">
        {t('brand.promotions.members.bulk.validityHint', {
          start: format.dateTime(promotion.startsAt),
          end: format.dateTime(promotion.endsAt),
        })}
      </Text>
      <Group align="flex-start" gap="lg" wrap="wrap">
        {end('fromMode', 'fromText', 'validFrom', 'bulk-valid-from')}
        {end('toMode', 'toText', 'validTo', 'bulk-valid-to')}
      </Group>
    </ChangeCard>
  );
}
