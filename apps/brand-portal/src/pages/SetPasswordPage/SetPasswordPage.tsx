import { useState, type FormEvent } from 'react';
import { Button, PasswordInput, Stack, Text, ThemeIcon } from '@mantine/core';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { SetLocaleDocument, SetPasswordDocument, type ViewerFieldsFragment } from '@motiva/schema';
import {
  AuthLayout,
  ErrorAlert,
  IconAlert,
  MIN_PASSWORD_LENGTH,
  asLanguage,
  fieldErrors,
  fromLocale,
  notify,
  toLocale,
  useForm,
  useSignedIn,
} from '@motiva/ui';
import { isDeadLink, validateSetPassword } from './setPasswordValues';

/**
 * The page behind the invitation email (/brand/set-password?token=...), open to anyone: the invited
 * brand user picks a password and is signed in. A used, expired or mangled link says so and sends
 * them to the administrator for a new one.
 */
export function SetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const [deadLink, setDeadLink] = useState(token === '');

  if (deadLink) return <DeadLink />;
  return <SetPasswordForm token={token} onDeadLink={() => setDeadLink(true)} />;
}

function SetPasswordForm({ token, onDeadLink }: { token: string; onDeadLink: () => void }) {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const signedIn = useSignedIn();
  const navigate = useNavigate();
  const [setPassword, { loading }] = useMutation(SetPasswordDocument);
  const [setLocale] = useMutation(SetLocaleDocument);
  const [error, setError] = useState<{ error: unknown; key?: string } | null>(null);
  const form = useForm<{ password: string; confirm: string }>({ password: '', confirm: '' }, validateSetPassword);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!form.validateAll()) return;
    let viewer: ViewerFieldsFragment | undefined;
    try {
      const { data } = await setPassword({ variables: { input: { token, password: form.values.password } } });
      viewer = data?.setPassword.viewer;
    } catch (caught) {
      if (isDeadLink(caught)) return onDeadLink();
      const matched = form.setServerErrors(fieldErrors(caught));
      setError({ error: caught, key: matched > 0 ? 'errors.BAD_USER_INPUT' : undefined });
      return;
    }
    if (!viewer) return;
    // A new account has the platform's default locale; the language this page was read in is the
    // one the person chose, so it is saved before the portal starts following the account.
    const language = asLanguage(i18n.language);
    if (language && fromLocale(viewer.locale) !== language) {
      const saved = await setLocale({ variables: { locale: toLocale(language) } }).catch(() => null);
      if (saved?.data) viewer = { ...viewer, locale: saved.data.setLocale.locale };
    }
    // Whoever was signed in on this browser before is gone: drop what they could read.
    await client.clearStore();
    signedIn(viewer);
    notify.success(t('brand.setPassword.done'));
    navigate('/', { replace: true });
  };

  return (
    <AuthLayout title={t('brand.setPassword.title')}>
      <form onSubmit={submit} noValidate data-testid="set-password-form">
        <Stack gap="md">
          <Text fz="sm" c="dimmed">
            {t('brand.setPassword.intro')}
          </Text>
          {error && <ErrorAlert error={error.error} messageKey={error.key} testId="set-password-error" />}
          <PasswordInput
            label={t('brand.setPassword.password')}
            // The hint says what the length error would say again: one of them at a time.
            description={form.errors.password ? undefined : t('brand.setPassword.passwordHint', { min: MIN_PASSWORD_LENGTH })}
            autoComplete="new-password"
            required
            data-autofocus
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            data-testid="set-password-password"
            {...form.getInputProps('password')}
          />
          <PasswordInput
            label={t('brand.setPassword.confirm')}
            autoComplete="new-password"
            required
            data-testid="set-password-confirm"
            {...form.getInputProps('confirm')}
          />
          <Button type="submit" loading={loading} fullWidth data-testid="set-password-submit">
            {t('brand.setPassword.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}

/** The link cannot set a password (any more): say why, and who can send a new one. */
function DeadLink() {
  const { t } = useTranslation();
  return (
    <AuthLayout title={t('brand.setPassword.deadTitle')}>
      <Stack gap="md" align="flex-start" data-testid="set-password-invalid" role="alert">
        <ThemeIcon size={44} radius="xl" variant="light" color="red">
          <IconAlert size={22} />
        </ThemeIcon>
        <Text>{t('brand.setPassword.deadText')}</Text>
        <Text fz="sm" c="dimmed">
          {t('brand.setPassword.deadHint')}
        </Text>
        <Button component={Link} to="/" variant="light" data-testid="set-password-sign-in">
          {t('brand.setPassword.toSignIn')}
        </Button>
      </Stack>
    </AuthLayout>
  );
}
