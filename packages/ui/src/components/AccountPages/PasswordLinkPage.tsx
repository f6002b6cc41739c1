import { useState, type FormEvent, type ReactNode } from 'react';
import { Button, PasswordInput, Stack, Text, ThemeIcon } from '@mantine/core';
import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { ViewerFieldsFragment } from '@motiva/schema';
import { AuthLayout } from '../AuthLayout';
import { ErrorAlert } from '../ErrorAlert';
import { fieldErrors } from '../../apollo/errors';
import { MIN_PASSWORD_LENGTH, useForm } from '../../form';
import { IconAlert } from '../../icons';
import { notify } from '../../notify/notify';
import { useSignedIn } from '../../viewer/useSignedIn';
import { confirmError, isDeadLink, newPasswordError } from './passwordRules';

/** i18n keys of the page's words; passwordHint gets {{min}}. */
export interface PasswordLinkTexts {
  title: string;
  intro: string;
  password: string;
  passwordHint: string;
  confirm: string;
  submit: string;
  done: string;
  deadTitle: string;
}

export interface PasswordLinkPageProps {
  /** Prefix of the page's test ids: "set-password" gives set-password-form, set-password-invalid… */
  testIdPrefix: string;
  texts: PasswordLinkTexts;
  /** Sends the new password with the link's token; answers who is signed in now. */
  send: (token: string, password: string) => Promise<ViewerFieldsFragment | undefined>;
  /** Under the dead link's title: why, and the ways on (sign in, ask for a new link). */
  deadLink: ReactNode;
}

/**
 * A page behind an emailed link (/<portal>/<path>?token=...), open to anyone: pick a password and
 * be signed in. A used, expired or mangled link says so instead. The password reset and a brand
 * user's invitation are this page with their own words and mutation.
 */
export function PasswordLinkPage(props: PasswordLinkPageProps) {
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const [deadLink, setDeadLink] = useState(token === '');
  if (deadLink) return <DeadLink {...props} />;
  return <PasswordForm {...props} token={token} onDeadLink={() => setDeadLink(true)} />;
}

function PasswordForm({
  testIdPrefix: id,
  texts,
  send,
  token,
  onDeadLink,
}: PasswordLinkPageProps & { token: string; onDeadLink: () => void }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const signedIn = useSignedIn();
  const navigate = useNavigate();
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<{ error: unknown; key?: string } | null>(null);
  const form = useForm({ password: '', confirm: '' }, (v) => ({
    password: newPasswordError(v.password),
    confirm: confirmError(v.password, v.confirm),
  }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!form.validateAll()) return;
    setSending(true);
    try {
      const viewer = await send(token, form.values.password);
      if (!viewer) return;
      // Whoever was signed in on this browser before is gone: drop what they could read.
      await client.clearStore();
      signedIn(viewer);
      notify.success(t(texts.done));
      navigate('/', { replace: true });
    } catch (caught) {
      if (isDeadLink(caught)) return onDeadLink();
      const matched = form.setServerErrors(fieldErrors(caught));
      setError({ error: caught, key: matched > 0 ? 'errors.BAD_USER_INPUT' : undefined });
    } finally {
      setSending(false);
    }
  };

  return (
    <AuthLayout title={t(texts.title)}>
      <form onSubmit={(event) => void submit(event)} noValidate data-testid={`${id}-form`}>
        <Stack gap="md">
          <Text fz="sm" c="dimmed">
            {t(texts.intro)}
          </Text>
          {error && <ErrorAlert error={error.error} messageKey={error.key} testId={`${id}-error`} />}
          <PasswordInput
            label={t(texts.password)}
            // The hint says what the length error would say again: one of them at a time.
            description={form.errors.password ? undefined : t(texts.passwordHint, { min: MIN_PASSWORD_LENGTH })}
            autoComplete="new-password"
            required
            data-autofocus
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            data-testid={`${id}-password`}
            {...form.getInputProps('password')}
          />
          <PasswordInput
            label={t(texts.confirm)}
            autoComplete="new-password"
            required
            data-testid={`${id}-confirm`}
            {...form.getInputProps('confirm')}
          />
          <Button type="submit" loading={sending} fullWidth data-testid={`${id}-submit`}>
            {t(texts.submit)}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}

/** The link cannot set a password (any more): say so, and the ways on. */
function DeadLink({ testIdPrefix: id, texts, deadLink }: PasswordLinkPageProps) {
  const { t } = useTranslation();
  return (
    <AuthLayout title={t(texts.deadTitle)}>
      <Stack gap="md" align="flex-start" data-testid={`${id}-invalid`} role="alert">
        <ThemeIcon size={44} radius="xl" variant="light" color="red">
          <IconAlert size={22} />
        </ThemeIcon>
        {deadLink}
      </Stack>
    </AuthLayout>
  );
}
