import { useState, type FormEvent } from 'react';
import { Button, PasswordInput, Stack, Text, ThemeIcon } from '@mantine/core';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { ResetPasswordDocument } from '@motiva/schema';
import { AuthLayout } from '../AuthLayout';
import { ErrorAlert } from '../ErrorAlert';
import { fieldErrors } from '../../apollo/errors';
import { MIN_PASSWORD_LENGTH, useForm } from '../../form';
import { IconAlert } from '../../icons';
import { notify } from '../../notify/notify';
import { useSignedIn } from '../../viewer/useSignedIn';
import { confirmError, isDeadLink, newPasswordError } from './passwordRules';

/**
 * The page behind the reset email (/<portal>/reset-password?token=...), open to anyone: pick a new
 * password and be signed in; the API ends every other session of the account. A used, expired or
 * mangled link says so and offers to send a new one.
 */
export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const [deadLink, setDeadLink] = useState(token === '');
  if (deadLink) return <DeadResetLink />;
  return <ResetPasswordForm token={token} onDeadLink={() => setDeadLink(true)} />;
}

function ResetPasswordForm({ token, onDeadLink }: { token: string; onDeadLink: () => void }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const signedIn = useSignedIn();
  const navigate = useNavigate();
  const [reset, { loading }] = useMutation(ResetPasswordDocument);
  const [error, setError] = useState<{ error: unknown; key?: string } | null>(null);
  const form = useForm({ password: '', confirm: '' }, (v) => ({ password: newPasswordError(v.password), confirm: confirmError(v.password, v.confirm) }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!form.validateAll()) return;
    try {
      const { data } = await reset({ variables: { input: { token, password: form.values.password } } });
      if (!data) return;
      // Whoever was signed in on this browser before is gone: drop what they could read.
      await client.clearStore();
      signedIn(data.resetPassword.viewer);
      notify.success(t('account.reset.done'));
      navigate('/', { replace: true });
    } catch (caught) {
      if (isDeadLink(caught)) return onDeadLink();
      const matched = form.setServerErrors(fieldErrors(caught));
      setError({ error: caught, key: matched > 0 ? 'errors.BAD_USER_INPUT' : undefined });
    }
  };

  return (
    <AuthLayout title={t('account.reset.title')}>
      <form onSubmit={submit} noValidate data-testid="reset-password-form">
        <Stack gap="md">
          <Text fz="sm" c="dimmed">
            {t('account.reset.intro')}
          </Text>
          {error && <ErrorAlert error={error.error} messageKey={error.key} testId="reset-password-error" />}
          <PasswordInput
            label={t('account.newPassword')}
            description={form.errors.password ? undefined : t('account.passwordHint', { min: MIN_PASSWORD_LENGTH })}
            autoComplete="new-password"
            required
            data-autofocus
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            data-testid="reset-password-password"
            {...form.getInputProps('password')}
          />
          <PasswordInput
            label={t('account.confirmPassword')}
            autoComplete="new-password"
            required
            data-testid="reset-password-confirm"
            {...form.getInputProps('confirm')}
          />
          <Button type="submit" loading={loading} fullWidth data-testid="reset-password-submit">
            {t('account.reset.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}

function DeadResetLink() {
  const { t } = useTranslation();
  return (
    <AuthLayout title={t('account.reset.deadTitle')}>
      <Stack gap="md" align="flex-start" data-testid="reset-password-invalid" role="alert">
        <ThemeIcon size={44} radius="xl" variant="light" color="red">
          <IconAlert size={22} />
        </ThemeIcon>
        <Text>{t('account.reset.deadText')}</Text>
        <Button component={Link} to="/forgot-password" data-testid="reset-password-ask-again">
          {t('account.reset.askAgain')}
        </Button>
        <Button component={Link} to="/" variant="subtle" px={0}>
          {t('account.backToSignIn')}
        </Button>
      </Stack>
    </AuthLayout>
  );
}
