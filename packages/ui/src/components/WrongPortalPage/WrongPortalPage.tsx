import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PORTAL_PATH } from '@motiva/schema';
import { AuthLayout } from '../AuthLayout';
import { usePortal } from '../../viewer/PortalContext';
import { useViewer } from '../../viewer/ViewerContext';
import { useSignOut } from '../../viewer/useSignOut';
import { IconBan } from '../../icons';

/** A signed-in user whose role this portal does not serve: say so and point to their own portal. */
export function WrongPortalPage() {
  const { t } = useTranslation();
  const portal = usePortal();
  const viewer = useViewer();
  const { signOut, signingOut } = useSignOut();

  return (
    <AuthLayout title={t('wrongPortal.title')}>
      <Stack gap="lg">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <Text c="orange.7" mt={2}>
            <IconBan size={22} />
          </Text>
          <Text data-testid="wrong-portal" data-role={viewer.role} data-portal-role={portal.role}>
            {t('wrongPortal.message', {
              audience: t(`roles.${portal.role}.audience`),
              signedInAs: t(`roles.${viewer.role}.signedInAs`),
            })}
          </Text>
        </Group>
        <Text fz="sm" c="dimmed">
          {t('pending.signedInAs', { email: viewer.email })}
        </Text>
        <Group justify="space-between">
          <Button variant="default" onClick={signOut} loading={signingOut} data-testid="sign-out">
            {t('shell.signOut')}
          </Button>
          {/* A plain link: the other portal is another app, outside this router's basename. */}
          <Anchor href={PORTAL_PATH[viewer.role]} fw={600} data-testid="wrong-portal-link">
            {t('wrongPortal.open', { portal: t(`roles.${viewer.role}.portal`) })} →
          </Anchor>
        </Group>
      </Stack>
    </AuthLayout>
  );
}
