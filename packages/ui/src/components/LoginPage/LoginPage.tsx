import { useState, type FormEvent } from 'react';
import { Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LoginDocument } from '@motiva/schema';
import { AuthLayout } from '../AuthLayout';
import { ErrorAlert } from '../ErrorAlert';
import { useForm, isBlank, isEmail } from '../../form';
import { usePortal } from '../../viewer/PortalContext';
import { useSignedIn } from '../../viewer/useSignedIn';

export function LoginPage() {
  const { t } = useTranslation();
  const portal = usePortal();
  const signedIn = useSignedIn();
  const [login, { loading }] = useMutation(LoginDocument);
  const [error, setError] = useState<unknown>(null);
  const form = useForm({ email: '', password: '' }, (values) => ({
    email: isBlank(values.email) ? { key: 'validation.required' } : !isEmail(values.email) ? { key: 'validation.email' } : undefined,
    password: isBlank(values.password) ? { key: 'validation.required' } : undefined,
  }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!form.validateAll()) return;
    try {
      const { data } = await login({ variables: { input: { email: form.values.email.trim(), password: form.values.password } } });
      if (data) signedIn(data.login.viewer);
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <AuthLayout title={t('auth.title', { portal: t(portal.titleKey) })}>
      <form onSubmit={submit} noValidate data-testid="login-form">
        <Stack gap="md">
          <ErrorAlert error={error} testId="login-error" />
          <TextInput
            label={t('auth.email')}
            type="email"
            autoComplete="email"
            required
            data-testid="login-email"
            {...form.getInputProps('email')}
          />
          <Stack gap={4}>
            <PasswordInput
              label={t('auth.password')}
              autoComplete="current-password"
              required
              data-testid="login-password"
              {...form.getInputProps('password')}
            />
            <Anchor component={Link} to="/forgot-password" fz="sm" style={{ alignSelf: 'flex-end' }} data-testid="forgot-password-link">
              {t('auth.forgotPassword')}
            </Anchor>
          </Stack>
          <Button type="submit" loading={loading} fullWidth data-testid="login-submit">
            {t('auth.submit')}
          </Button>
          {portal.registration && (
            <Text ta="center" fz="sm" c="dimmed">
              {t('auth.noAccount')}{' '}
              <Anchor component={Link} to="/register" data-testid="register-link">
                {t('auth.register')}
              </Anchor>
            </Text>
          )}
        </Stack>
      </form>
    </AuthLayout>
  );
}
