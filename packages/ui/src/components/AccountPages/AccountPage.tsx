import { useState, type FormEvent } from 'react';
import { Anchor, Button, Grid, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ChangePasswordDocument, MeDocument, PERSONAL_DATA_POLICY_PATH, Role, UpdateMyProfileDocument } from '@motiva/schema';
import { PageHeader } from '../PageHeader';
import { ErrorAlert } from '../ErrorAlert';
import { fieldErrors } from '../../apollo/errors';
import { isBlank, MIN_PASSWORD_LENGTH, orNull, rules, trimmed, useForm } from '../../form';
import { useFormat } from '../../format';
import { notify } from '../../notify/notify';
import { useViewer } from '../../viewer/ViewerContext';
import { confirmError, newPasswordError } from './passwordRules';

/** "My account" (/account in every portal, from the user menu): own name, phone, city; password. */
export function AccountPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const format = useFormat();
  return (
    <Stack gap="lg" data-testid="account-page">
      <PageHeader title={t('account.title')} description={viewer.email} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <ProfileForm />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <ChangePasswordForm />
        </Grid.Col>
      </Grid>
      {viewer.personalDataConsentAt && (
        <Text fz="sm" c="dimmed" data-testid="account-consent">
          {t('account.consentGiven', { date: format.date(viewer.personalDataConsentAt), version: viewer.personalDataPolicyVersion ?? '' })}{' '}
          <Anchor component={Link} to={PERSONAL_DATA_POLICY_PATH} fz="sm">
            {t('account.policy.open')}
          </Anchor>
        </Text>
      )}
    </Stack>
  );
}

function ProfileForm() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const isParticipant = viewer.role === Role.PARTICIPANT;
  const phoneRequired = isParticipant || viewer.role === Role.PARTNER;
  const [save, { loading }] = useMutation(UpdateMyProfileDocument, {
    // The shell reads the viewer from `me`; keep it in step with what was saved.
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: MeDocument, data: { me: data.updateMyProfile } });
    },
  });
  const [error, setError] = useState<{ error: unknown; key?: string } | null>(null);
  const form = useForm({ name: viewer.name, phone: viewer.phone ?? '', city: viewer.participant?.city ?? '' }, (v) => ({
    name: rules.text(2)(v.name),
    phone: phoneRequired || !isBlank(v.phone) ? rules.phone(v.phone) : undefined,
    city: isParticipant ? rules.text(2)(v.city) : undefined,
  }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!form.validateAll()) return;
    const values = trimmed(form.values);
    try {
      await save({ variables: { input: { name: values.name, phone: orNull(values.phone), city: isParticipant ? values.city : null } } });
      notify.success(t('account.profile.saved'));
    } catch (caught) {
      const matched = form.setServerErrors(fieldErrors(caught));
      setError({ error: caught, key: matched > 0 ? 'errors.BAD_USER_INPUT' : undefined });
    }
  };

  return (
    <Paper withBorder p="lg" radius="md" h="100%">
      <form onSubmit={submit} noValidate data-testid="profile-form">
        <Stack gap="md">
          <Title order={2} fz="h4">
            {t('account.profile.title')}
          </Title>
          {error && <ErrorAlert error={error.error} messageKey={error.key} testId="profile-error" />}
          <TextInput
            label={t('registration.name')}
            required
            autoComplete="name"
            data-testid="profile-name"
            {...form.getInputProps('name')}
          />
          <TextInput
            label={t('registration.phone')}
            required={phoneRequired}
            type="tel"
            autoComplete="tel"
            placeholder="+7 912 345-67-89"
            data-testid="profile-phone"
            {...form.getInputProps('phone')}
          />
          {isParticipant && (
            <TextInput
              label={t('registration.city')}
              required
              autoComplete="address-level2"
              data-testid="profile-city"
              {...form.getInputProps('city')}
            />
          )}
          <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }} data-testid="profile-submit">
            {t('common.save')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

function ChangePasswordForm() {
  const { t } = useTranslation();
  const [change, { loading }] = useMutation(ChangePasswordDocument);
  const [error, setError] = useState<{ error: unknown; key?: string } | null>(null);
  const form = useForm({ currentPassword: '', newPassword: '', confirm: '' }, (v) => ({
    currentPassword: rules.required(v.currentPassword),
    newPassword: newPasswordError(v.newPassword),
    confirm: confirmError(v.newPassword, v.confirm),
  }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!form.validateAll()) return;
    try {
      await change({ variables: { input: { currentPassword: form.values.currentPassword, newPassword: form.values.newPassword } } });
      form.setValues({ currentPassword: '', newPassword: '', confirm: '' });
      notify.success(t('account.password.changed'));
    } catch (caught) {
      const matched = form.setServerErrors(fieldErrors(caught));
      setError({ error: caught, key: matched > 0 ? 'errors.BAD_USER_INPUT' : undefined });
    }
  };

  return (
    <Paper withBorder p="lg" radius="md" h="100%">
      <form onSubmit={submit} noValidate data-testid="change-password-form">
        <Stack gap="md">
          <Stack gap={4}>
            <Title order={2} fz="h4">
              {t('account.password.title')}
            </Title>
            <Text fz="sm" c="dimmed">
              {t('account.password.intro')}
            </Text>
          </Stack>
          {error && <ErrorAlert error={error.error} messageKey={error.key} testId="change-password-error" />}
          <PasswordInput
            label={t('account.password.current')}
            autoComplete="current-password"
            required
            data-testid="change-password-current"
            {...form.getInputProps('currentPassword')}
          />
          <PasswordInput
            label={t('account.newPassword')}
            description={form.errors.newPassword ? undefined : t('account.passwordHint', { min: MIN_PASSWORD_LENGTH })}
            autoComplete="new-password"
            required
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            data-testid="change-password-new"
            {...form.getInputProps('newPassword')}
          />
          <PasswordInput
            label={t('account.confirmPassword')}
            autoComplete="new-password"
            required
            data-testid="change-password-confirm"
            {...form.getInputProps('confirm')}
          />
          <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }} data-testid="change-password-submit">
            {t('account.password.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
