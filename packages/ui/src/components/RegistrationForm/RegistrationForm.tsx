import { useState } from 'react';
import { Anchor, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { Role } from '@motiva/schema';
import { AuthLayout } from '../AuthLayout';
import { ParticipantForm } from './ParticipantForm';
import { PartnerForm } from './PartnerForm';

export type RegistrationKind = Role.PARTICIPANT | Role.PARTNER;
const KINDS: RegistrationKind[] = [Role.PARTICIPANT, Role.PARTNER];

export interface RegistrationFormProps {
  /** The kind this portal is for; the user may still switch. */
  defaultKind: RegistrationKind;
}

/**
 * Both kinds can register from either portal: the switch shows the matching form, and a user who
 * registered as the other kind is taken to that kind's portal afterwards (see useRegistered).
 */
export function RegistrationForm({ defaultKind }: RegistrationFormProps) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  // A partner shares /participant/register?invite=CODE; the code arrives filled in.
  const invite = params.get('invite') ?? '';
  const [kind, setKind] = useState<RegistrationKind>(invite ? Role.PARTICIPANT : defaultKind);

  return (
    <AuthLayout title={t('registration.title')} width={640}>
      <Stack gap="lg">
        <Stack gap={6}>
          <Text fz="sm" fw={500}>
            {t('registration.kindLabel')}
          </Text>
          <SegmentedControl
            fullWidth
            value={kind}
            onChange={(value) => setKind(value as RegistrationKind)}
            data-testid="register-kind"
            data={KINDS.map((value) => ({
              value,
              label: <span data-testid={`register-kind-${value}`}>{t(`registration.kind.${value}`)}</span>,
            }))}
          />
          <Text fz="xs" c="dimmed">
            {t(`registration.kindHint.${kind}`)}
          </Text>
        </Stack>
        {kind === Role.PARTICIPANT ? <ParticipantForm initialInviteCode={invite} /> : <PartnerForm />}
        <Text ta="center" fz="sm" c="dimmed">
          {t('auth.haveAccount')}{' '}
          <Anchor component={Link} to="/" data-testid="login-link">
            {t('auth.signIn')}
          </Anchor>
        </Text>
      </Stack>
    </AuthLayout>
  );
}
