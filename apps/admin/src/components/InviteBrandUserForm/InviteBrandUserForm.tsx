import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { InviteBrandUserDocument } from '@motiva/schema';
import { ErrorAlert, errorCode, fieldErrors, isBlank, rules, useForm, type FieldError } from '@motiva/ui';

type InviteValues = { name: string; email: string };

const EMPTY: InviteValues = { name: '', email: '' };

/** The API's rules (InviteBrandUserInput): a name of 2 to 120 characters and a valid email. */
function validateInvite(values: InviteValues) {
  const name = values.name.trim();
  const nameError: FieldError | undefined = isBlank(name)
    ? { key: 'validation.required' }
    : name.length < 2 || name.length > 120
      ? { key: 'admin.brands.validation.name' }
      : undefined;
  return { name: nameError, email: rules.email(values.email) };
}

/**
 * Invites one person to manage the brand: the API creates the account and emails a one-time
 * set-password link. The result stays on screen, so the admin can tell the person what to expect.
 */
export function InviteBrandUserForm({ brandId }: { brandId: string }) {
  const { t } = useTranslation();
  // The brand's users come with the list: fetching it again shows the new one in the drawer.
  const [invite, { loading }] = useMutation(InviteBrandUserDocument, { refetchQueries: ['Brands'], awaitRefetchQueries: true });
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [submitError, setSubmitError] = useState<{ error: unknown; key?: string } | null>(null);
  const form = useForm(EMPTY, validateInvite);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitError(null);
    setSentTo(null);
    if (!form.validateAll()) return;
    try {
      const { data } = await invite({ variables: { input: { brandId, name: form.values.name.trim(), email: form.values.email.trim() } } });
      if (data) {
        setSentTo(data.inviteBrandUser.email);
        form.setValues(EMPTY);
      }
    } catch (error) {
      setSubmitError({ error, key: applyServerErrors(error) });
    }
  };

  /** Messages under their fields; returns the key for the alert above the form. */
  const applyServerErrors = (error: unknown): string | undefined => {
    const code = errorCode(error);
    const fields = fieldErrors(error);
    if (code === 'CONFLICT' && (Object.keys(fields).length === 0 || 'email' in fields)) {
      form.setFieldError('email', { key: 'errors.EMAIL_TAKEN' });
      return 'errors.EMAIL_TAKEN';
    }
    const matched = form.setServerErrors(fields);
    return code === 'BAD_USER_INPUT' && matched > 0 ? 'errors.BAD_USER_INPUT' : undefined;
  };

  return (
    <form onSubmit={submit} noValidate data-testid="invite-form">
      <Stack gap="sm">
        <div>
          <Title order={3} fz="h5">
            {t('admin.brands.invite.title')}
          </Title>
          <Text fz="sm" c="dimmed">
            {t('admin.brands.invite.text')}
          </Text>
        </div>
        {sentTo && (
          <Alert color="green" variant="light" data-testid="invite-success" role="status" withCloseButton onClose={() => setSentTo(null)}>
            <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
              {t('admin.brands.invite.sent', { email: sentTo })}
            </Text>
          </Alert>
        )}
        {submitError && <ErrorAlert error={submitError.error} messageKey={submitError.key} testId="invite-error" />}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
          <TextInput
            label={t('admin.brands.invite.name')}
            required
            autoComplete="off"
            data-testid="invite-name"
            {...form.getInputProps('name')}
          />
          <TextInput
            label={t('admin.brands.invite.email')}
            type="email"
            required
            autoComplete="off"
            data-testid="invite-email"
            {...form.getInputProps('email')}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={loading} data-testid="invite-submit">
            {t('admin.brands.invite.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
