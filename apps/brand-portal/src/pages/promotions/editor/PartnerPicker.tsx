import { useMemo, useState } from 'react';
import { MultiSelect, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PromotionPartnerOptionsDocument } from '@motiva/schema';

/** How many partner companies one search shows; typing narrows the list further. */
const LIMIT = 20;
const MORE = '__more__';

export interface PartnerPickerProps {
  value: string[];
  /** The chosen ids, with the name of each as shown, for the form to remember. */
  onChange: (ids: string[], names: ReadonlyMap<string, string>) => void;
  /** Names of chosen partners: the promotion's saved audience and whatever was picked since. */
  knownNames: ReadonlyMap<string, string>;
  error?: string;
  disabled?: boolean;
}

/**
 * A "chosen partners" audience: approved partner companies searched on the server by name. Chosen
 * companies keep their names while the search shows other ones.
 */
export function PartnerPicker({ value, onChange, knownNames, error, disabled }: PartnerPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const {
    data,
    previousData,
    loading,
    error: loadError,
  } = useQuery(PromotionPartnerOptionsDocument, {
    variables: { search: debounced || null, page: { offset: 0, limit: LIMIT } },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const page = (data ?? previousData)?.promotionPartnerOptions;

  const options = useMemo(() => {
    const found = (page?.items ?? []).map((p) => ({ value: p.id, label: p.legalName }));
    const shown = new Set(found.map((o) => o.value));
    const chosen = value.filter((id) => !shown.has(id)).map((id) => ({ value: id, label: knownNames.get(id) ?? id }));
    const more = page && page.total > page.items.length ? page.total - page.items.length : 0;
    // The rest are one search away: say so at the end of the list (a disabled row cannot be picked).
    const tail = more > 0 ? [{ value: MORE, label: t('brand.promotions.audience.partnersMore', { count: more }), disabled: true }] : [];
    return [...chosen, ...found, ...tail];
  }, [page, value, knownNames, t]);

  const stale = loading || debounced !== search.trim();

  return (
    <div data-testid="promotion-audience-partners">
      <MultiSelect
        label={t('brand.promotions.audience.chosenPartners')}
        description={t('brand.promotions.audience.partnersHint')}
        inputWrapperOrder={['label', 'description', 'input', 'error']}
        placeholder={value.length === 0 ? t('brand.promotions.audience.partnersPlaceholder') : undefined}
        required
        data={options}
        value={value}
        onChange={(ids) => {
          const labels = new Map(options.map((o) => [o.value, o.label]));
          const picked = ids.filter((id) => id !== MORE);
          onChange(picked, new Map(picked.map((id) => [id, labels.get(id) ?? knownNames.get(id) ?? id])));
        }}
        searchable
        searchValue={search}
        onSearchChange={setSearch}
        // The API has searched already: show what it returned as it is.
        filter={({ options: all }) => all}
        hidePickedOptions
        // The only disabled row is the "N more" note: plain dimmed text reads better than Mantine's faded one.
        styles={{ option: { opacity: 1 } }}
        renderOption={({ option }) =>
          option.value === MORE ? (
            <Text fz="xs" c="dimmed" data-testid="promotion-audience-partners-more">
              {option.label}
            </Text>
          ) : (
            <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
              {option.label}
            </Text>
          )
        }
        clearable={false}
        loading={stale}
        nothingFoundMessage={
          stale
            ? t('common.loading')
            : loadError
              ? t('brand.promotions.audience.partnersLoadFailed')
              : t('brand.promotions.audience.partnersNothingFound')
        }
        error={error}
        disabled={disabled}
        maxDropdownHeight={320}
        data-testid="promotion-audience-partners-input"
      />
    </div>
  );
}
