import { useState, type FormEvent } from 'react';
import { Button, PasswordInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { RegisterParticipantDocument } from '@motiva/schema';
import { ErrorAlert } from '../ErrorAlert';
import { ConsentField } from './ConsentField';
import { InviteCodeField } from './InviteCodeField';
import { useInviteCheck } from './useInviteCheck';
import { useRegistered } from './useRegistered';
import { applySubmitError } from './submitErrors';
import { useForm, orNull, rules, trimmed } from '../../form';
import { asLanguage, DEFAULT_LANGUAGE, toLocale } from '../../i18n/language';

export function ParticipantForm({ initialInviteCode = '' }: { initialInviteCode?: string }) {
  const { t, i18n } = useTranslation();
  const registered = useRegistered();
  const [register, { loading }] = useMutation(RegisterParticipantDocument);
  const [submitError, setSubmitError] = useState<{ error: unknown; key?: string } | null>(null);
  const form = useForm(
    { name: '', phone: '', email: '', city: '', password: '', inviteCode: initialInviteCode, personalDataConsent: '' },
    (v) => ({
      name: rules.text(2)(v.name),
      phone: rules.phone(v.phone),
      email: rules.email(v.email),
      city: rules.text(2)(v.city),
      password: rules.newPassword(v.password),
      personalDataConsent: rules.consent(v.personalDataConsent),
    }),
  );
  const invite = useInviteCheck(form.values.inviteCode);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitError(null);
    // A mistyped code would silently register the participant with nobody; make them fix or clear it.
    if (!form.validateAll() || invite.kind === 'unknown' || invite.kind === 'checking') return;
    const values = trimmed(form.values);
    try {
      const { data } = await register({
        variables: {
          input: {
            name: values.name,
            phone: values.phone,
            email: values.email,
            city: values.city,
            password: values.password,
            inviteCode: orNull(values.inviteCode),
            locale: toLocale(asLanguage(i18n.language) ?? DEFAULT_LANGUAGE),
            personalDataConsent: form.values.personalDataConsent === 'yes',
          },
        },
      });
      if (data) registered(data.registerParticipant.viewer);
    } catch (error) {
      setSubmitError({ error, key: applySubmitError(error, form) });
    }
  };

  return (
    <form onSubmit={submit} noValidate data-testid="register-participant-form">
      <Stack gap="md">
        {submitError && <ErrorAlert error={submitError.error} messageKey={submitError.key} testId="register-error" />}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
          <TextInput
            label={t('registration.name')}
            required
            autoComplete="name"
            data-testid="register-name"
            {...form.getInputProps('name')}
          />
          <TextInput
            label={t('registration.phone')}
            required
            type="tel"
            autoComplete="tel"
            placeholder="+7 912 345-67-89"
            data-testid="register-phone"
            {...form.getInputProps('phone')}
          />
          <TextInput
            label={t('registration.email')}
            required
            type="email"
            autoComplete="email"
            data-testid="register-email"
            {...form.getInputProps('email')}
          />
          <TextInput
            label={t('registration.city')}
            required
            autoComplete="address-level2"
            data-testid="register-city"
            {...form.getInputProps('city')}
          />
        </SimpleGrid>
        <PasswordInput
          label={t('registration.password')}
          description={form.errors.password ? undefined : t('registration.passwordHint')}
          required
          autoComplete="new-password"
          data-testid="register-password"
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          {...form.getInputProps('password')}
        />
        <InviteCodeField
          value={form.values.inviteCode}
          onChange={(value) => form.setFieldValue('inviteCode', value)}
          state={invite}
          error={form.getInputProps('inviteCode').error}
        />
        <ConsentField
          checked={form.values.personalDataConsent === 'yes'}
          onChange={(checked) => form.setFieldValue('personalDataConsent', checked ? 'yes' : '')}
          error={form.getInputProps('personalDataConsent').error}
        />
        <Button type="submit" loading={loading} fullWidth mt="xs" data-testid="register-submit">
          {t('registration.submit')}
        </Button>
      </Stack>
    </form>
  );
}
