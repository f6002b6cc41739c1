import { Button, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { SetLocaleDocument, SetPasswordDocument } from '@motiva/schema';
import { PasswordLinkPage, asLanguage, fromLocale, toLocale, type PasswordLinkTexts } from '@motiva/ui';

const TEXTS: PasswordLinkTexts = {
  title: 'brand.setPassword.title',
  intro: 'brand.setPassword.intro',
  password: 'brand.setPassword.password',
  passwordHint: 'brand.setPassword.passwordHint',
  confirm: 'brand.setPassword.confirm',
  submit: 'brand.setPassword.submit',
  done: 'brand.setPassword.done',
  deadTitle: 'brand.setPassword.deadTitle',
};

/**
 * The page behind the invitation email (/brand/set-password?token=...), open to anyone: the invited
 * brand user picks a password and is signed in. A used, expired or mangled link says so and sends
 * them to the administrator for a new one.
 */
export function SetPasswordPage() {
  const { t, i18n } = useTranslation();
  const [setPassword] = useMutation(SetPasswordDocument);
  const [setLocale] = useMutation(SetLocaleDocument);

  const send = async (token: string, password: string) => {
    const { data } = await setPassword({ variables: { input: { token, password } } });
    const viewer = data?.setPassword.viewer;
    // A new account has the platform's default locale; the language this page was read in is the
    // one the person chose, so it is saved before the portal starts following the account.
    const language = asLanguage(i18n.language);
    if (!viewer || !language || fromLocale(viewer.locale) === language) return viewer;
    const saved = await setLocale({ variables: { locale: toLocale(language) } }).catch(() => null);
    return saved?.data ? { ...viewer, locale: saved.data.setLocale.locale } : viewer;
  };

  return (
    <PasswordLinkPage
      testIdPrefix="set-password"
      texts={TEXTS}
      send={send}
      deadLink={
        <>
          <Text>{t('brand.setPassword.deadText')}</Text>
          <Text fz="sm" c="dimmed">
            {t('brand.setPassword.deadHint')}
          </Text>
          <Button component={Link} to="/" variant="light" data-testid="set-password-sign-in">
            {t('brand.setPassword.toSignIn')}
          </Button>
        </>
      }
    />
  );
}
