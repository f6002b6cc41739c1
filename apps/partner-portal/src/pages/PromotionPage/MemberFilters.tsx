import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ALL, SearchFilter, statusLabelKey, statusesOf } from '@motiva/ui';

export const MEMBER_FILTERS = { stage: ALL, active: ALL, search: '' };

/** Stage, tracking on or off, and a search by name or email; all kept in the URL. */
export function MemberFilters({
  filters,
  setFilter,
}: {
  filters: typeof MEMBER_FILTERS;
  setFilter: (name: keyof typeof MEMBER_FILTERS, value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" wrap="wrap" gap="sm">
      <Group gap="sm" wrap="wrap" style={{ flexGrow: 1 }}>
        <Select
          aria-label={t('partner.promotion.stageLabel')}
          data-testid="member-stage-filter"
          value={filters.stage}
          onChange={(value) => setFilter('stage', value ?? ALL)}
          allowDeselect={false}
          w={{ base: '100%', sm: 250 }}
          data={[
            { value: ALL, label: t('partner.promotion.allStages') },
            ...statusesOf('stage').map((s) => ({ value: s, label: t(statusLabelKey('stage', s)) })),
          ]}
        />
        <Select
          aria-label={t('partner.promotion.activeLabel')}
          data-testid="member-active-filter"
          value={filters.active}
          onChange={(value) => setFilter('active', value ?? ALL)}
          allowDeselect={false}
          w={{ base: '100%', sm: 250 }}
          data={[
            { value: ALL, label: t('partner.promotion.anyActive') },
            { value: 'true', label: t('partner.promotion.onlyActive') },
            { value: 'false', label: t('partner.promotion.onlyInactive') },
          ]}
        />
      </Group>
      <SearchFilter
        value={filters.search}
        onChange={(value) => setFilter('search', value)}
        placeholder={t('partner.promotion.membersSearch')}
      />
    </Group>
  );
}
