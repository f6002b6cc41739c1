import { Loader, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InviteState } from './useInviteCheck';
import { IconCheck } from '../../icons';

export interface InviteCodeFieldProps {
  value: string;
  onChange: (value: string) => void;
  state: InviteState;
  /** A server-side error for this field, if any. */
  error?: string;
}

export function InviteCodeField({ value, onChange, state, error }: InviteCodeFieldProps) {
  const { t } = useTranslation();
  const unknown = state.kind === 'unknown';
  const hasError = !!error || unknown;
  return (
    <TextInput
      label={t('registration.inviteCode')}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      autoComplete="off"
      data-testid="register-invite-code"
      rightSection={
        state.kind === 'checking' ? (
          <Loader size={16} />
        ) : state.kind === 'valid' ? (
          <IconCheck color="var(--mantine-color-green-7)" />
        ) : null
      }
      error={error ?? (unknown ? <span data-testid="invite-code-unknown">{t('registration.inviteUnknown')}</span> : undefined)}
      description={
        state.kind === 'valid' ? (
          <Text component="span" fz="xs" c="green.8" fw={600} data-testid="invite-partner-name" data-legal-name={state.legalName}>
            {t('registration.invitePartner', { legalName: state.legalName })}
          </Text>
        ) : state.kind === 'checking' ? (
          t('registration.inviteChecking')
        ) : hasError ? undefined : (
          t('registration.inviteCodeHint')
        )
      }
      inputWrapperOrder={['label', 'input', 'description', 'error']}
    />
  );
}
