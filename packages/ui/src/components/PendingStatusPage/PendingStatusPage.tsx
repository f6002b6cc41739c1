import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AuthLayout } from '../AuthLayout';
import { StatusBadge } from '../StatusBadge';
import { useViewer } from '../../viewer/ViewerContext';
import { useSignOut } from '../../viewer/useSignOut';
import { IconBan, IconClock } from '../../icons';

export interface PendingStatusPageProps {
  /** Asks the server again, so an approved user gets in without signing out. */
  onRefresh?: () => void;
  refreshing?: boolean;
}

/** All a PENDING or REJECTED account may see: its status, the reason when rejected, and sign-out. */
export function PendingStatusPage({ onRefresh, refreshing }: PendingStatusPageProps) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { signOut, signingOut } = useSignOut();
  const rejected = viewer.status === 'REJECTED';
  const key = rejected ? 'REJECTED' : 'PENDING';

  return (
    <AuthLayout title={t(`pending.${key}.title`)} width={520}>
      <Stack gap="lg" data-testid="pending-status" data-status={viewer.status}>
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <Text c={rejected ? 'red.7' : 'yellow.7'} mt={2}>
            {rejected ? <IconBan size={22} /> : <IconClock size={22} />}
          </Text>
          <Stack gap={6}>
            <StatusBadge kind={viewer.role === 'PARTNER' ? 'partner' : 'participant'} status={viewer.status} />
            <Text data-testid="pending-status-text">{t(`pending.${key}.text`)}</Text>
          </Stack>
        </Group>
        {rejected && viewer.rejectionReason && (
          <Alert color="red" variant="light" title={t('pending.reason')} data-testid="rejection-reason">
            {viewer.rejectionReason}
          </Alert>
        )}
        <Text fz="sm" c="dimmed">
          {t('pending.signedInAs', { email: viewer.email })}
        </Text>
        <Group justify="space-between">
          <Button variant="default" onClick={signOut} loading={signingOut} data-testid="sign-out">
            {t('shell.signOut')}
          </Button>
          {!rejected && onRefresh && (
            <Button variant="light" onClick={onRefresh} loading={refreshing} data-testid="pending-refresh">
              {t('pending.refresh')}
            </Button>
          )}
        </Group>
      </Stack>
    </AuthLayout>
  );
}
