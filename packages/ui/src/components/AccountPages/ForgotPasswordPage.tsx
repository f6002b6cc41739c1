import { useState, type FormEvent } from 'react';
import { Anchor, Button, Stack, Text, TextInput, ThemeIcon } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { RequestPasswordResetDocument } from '@motiva/schema';
import { AuthLayout } from '../AuthLayout';
import { ErrorAlert } from '../ErrorAlert';
import { rules, useForm } from '../../form';
import { IconInbox } from '../../icons';

/**
 * "Forgot password?": asks for the email and says the same thing afterwards whether or not an account
 * has it (the API answers the same), so the page cannot be used to find out who is registered.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [request, { loading }] = useMutation(RequestPasswordResetDocument);
  const [error, setError] = useState<unknown>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm({ email: '' }, (v) => ({ email: rules.email(v.email) }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!form.validateAll()) return;
    const email = form.values.email.trim();
    try {
      await request({ variables: { input: { email } } });
      setSentTo(email);
    } catch (caught) {
      setError(caught);
    }
  };

  if (sentTo) {
    return (
      <AuthLayout title={t('account.forgot.sentTitle')}>
        <Stack gap="md" align="flex-start" data-testid="forgot-password-sent">
          <ThemeIcon size={44} radius="xl" variant="light">
            <IconInbox size={22} />
          </ThemeIcon>
          <Text>{t('account.forgot.sentText', { email: sentTo })}</Text>
          <Text fz="sm" c="dimmed">
            {t('account.forgot.sentHint')}
          </Text>
          <Button component={Link} to="/" variant="light" data-testid="forgot-password-to-sign-in">
            {t('account.toSignIn')}
          </Button>
        </Stack>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout title={t('account.forgot.title')}>
      <form onSubmit={submit} noValidate data-testid="forgot-password-form">
        <Stack gap="md">
          <Text fz="sm" c="dimmed">
            {t('account.forgot.intro')}
          </Text>
          <ErrorAlert error={error} testId="forgot-password-error" />
          <TextInput
            label={t('auth.email')}
            type="email"
            autoComplete="email"
            required
            data-autofocus
            data-testid="forgot-password-email"
            {...form.getInputProps('email')}
          />
          <Button type="submit" loading={loading} fullWidth data-testid="forgot-password-submit">
            {t('account.forgot.submit')}
          </Button>
          <Text ta="center" fz="sm">
            <Anchor component={Link} to="/" data-testid="forgot-password-back">
              {t('account.backToSignIn')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthLayout>
  );
}
