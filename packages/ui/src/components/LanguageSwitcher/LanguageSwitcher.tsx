import { SegmentedControl } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { SetLocaleDocument } from '@motiva/schema';
import { asLanguage, DEFAULT_LANGUAGE, LANGUAGES, storeLanguage, toLocale, type Language } from '../../i18n/language';
import { useOptionalViewer } from '../../viewer/ViewerContext';
import { notify } from '../../notify/notify';

/** Switches the UI at once; when signed in, also saves the choice on the account. */
export function LanguageSwitcher({ size = 'xs' }: { size?: 'xs' | 'sm' }) {
  const { t, i18n } = useTranslation();
  const viewer = useOptionalViewer();
  const [setLocale] = useMutation(SetLocaleDocument);
  const current = asLanguage(i18n.language) ?? DEFAULT_LANGUAGE;

  const change = (value: string) => {
    const language = value as Language;
    void i18n.changeLanguage(language);
    storeLanguage(language);
    if (viewer) {
      setLocale({ variables: { locale: toLocale(language) } }).catch(() => notify.error(t('language.saveFailed')));
    }
  };

  return (
    <SegmentedControl
      size={size}
      value={current}
      onChange={change}
      aria-label={t('language.label')}
      data-testid="language-switcher"
      data={LANGUAGES.map((language) => ({
        value: language,
        label: (
          <span title={t(`language.${toLocale(language)}`)} data-testid={`language-${language}`}>
            {language.toUpperCase()}
          </span>
        ),
      }))}
    />
  );
}
