import { useEffect, useState } from 'react';
import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { IconSearch } from '../../icons';

export interface SearchFilterProps {
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  testId?: string;
}

/** Types freely; asks the server only after a pause, not on every key. */
export function SearchFilter({ value, onChange, placeholder, testId = 'list-search' }: SearchFilterProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const commit = useDebouncedCallback((next: string) => onChange(next.trim()), 350);

  // Back/forward navigation changes the URL under us: follow it.
  useEffect(() => setText(value), [value]);

  return (
    <TextInput
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        commit(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onChange(text.trim());
      }}
      leftSection={<IconSearch size={16} />}
      placeholder={placeholder ?? t('common.search')}
      aria-label={placeholder ?? t('common.search')}
      data-testid={testId}
      w={{ base: '100%', sm: 320 }}
    />
  );
}
