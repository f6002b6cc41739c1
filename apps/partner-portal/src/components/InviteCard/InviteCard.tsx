import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PORTAL_PATH, Role } from '@motiva/schema';
import { CopyValue } from './CopyValue';

/** The participant portal reads ?invite= and fills the code in, so the link is the easiest way to join. */
function registrationLink(code: string): string {
  return `${window.location.origin}${PORTAL_PATH[Role.PARTICIPANT]}register?invite=${encodeURIComponent(code)}`;
}

export function InviteCard({ inviteCode }: { inviteCode: string | null }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg" radius="md" data-testid="invite-card">
      <Title order={2} fz="h4" mb={6}>
        {t('partner.invite.title')}
      </Title>
      <Text c="dimmed" fz="sm" mb="md">
        {t('partner.invite.text')}
      </Text>
      {inviteCode ? (
        <Stack gap="md">
          <Stack gap={2}>
            <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
              {t('partner.invite.code')}
            </Text>
            <CopyValue value={inviteCode} label={t('partner.invite.copyCode')} testId="invite-code" mono />
          </Stack>
          <Stack gap={2}>
            <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
              {t('partner.invite.link')}
            </Text>
            <CopyValue value={registrationLink(inviteCode)} label={t('partner.invite.copyLink')} testId="invite-link" />
          </Stack>
        </Stack>
      ) : (
        <Text fz="sm">{t('partner.invite.missing')}</Text>
      )}
    </Paper>
  );
}
