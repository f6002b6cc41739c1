import { Anchor, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { MyBalanceDocument, type WalletSettingsQuery } from '@motiva/schema';
import { ErrorState, useFormat } from '@motiva/ui';

const numeric = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** "1 point = 1,00 ₽": the one place the portal says how points read as money (every figure is shown as money). */
export function usePointRate(settings: WalletSettingsQuery['walletSettings'] | undefined): string | undefined {
  const { t } = useTranslation();
  const format = useFormat();
  if (!settings) return undefined;
  return t('participant.wallet.pointRate', { money: format.money(String(settings.minorUnitsPerPoint), settings.currency) });
}

/** The home page's small balance card: available and held, linking to the wallet. */
export function BalanceSummary() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, error, refetch } = useQuery(MyBalanceDocument);
  const balance = data?.myBalance;
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md" data-testid="home-balance">
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={2} fz="h4">
          {t('participant.wallet.summary.title')}
        </Title>
        <Anchor component={Link} to="/wallet" fz="sm" data-testid="home-wallet-link">
          {t('participant.wallet.summary.open')} →
        </Anchor>
      </Group>
      {error && !balance ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !balance ? (
        <Group justify="center" py="sm">
          <Loader size="sm" />
        </Group>
      ) : (
        <Stack gap="xs">
          <Group gap="xl" wrap="wrap" align="flex-end">
            <Stack gap={0}>
              <Text fz="xs" c="dimmed">
                {t('participant.wallet.available')}
              </Text>
              <Text fz={28} fw={800} lh={1.2} style={numeric} data-testid="home-balance-available">
                {format.money(balance.available.amountMinor, balance.available.currency)}
              </Text>
            </Stack>
            <Stack gap={0}>
              <Text fz="xs" c="dimmed">
                {t('participant.wallet.held')}
              </Text>
              <Text fz="lg" fw={600} style={numeric} data-testid="home-balance-held">
                {format.money(balance.held.amountMinor, balance.held.currency)}
              </Text>
            </Stack>
          </Group>
          {balance.upcomingReleases[0] && (
            <Text fz="sm" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {t('participant.wallet.summary.nextRelease', {
                amount: format.money(balance.upcomingReleases[0].amount.amountMinor, balance.upcomingReleases[0].amount.currency),
                date: format.date(balance.upcomingReleases[0].releaseAt),
              })}
            </Text>
          )}
        </Stack>
      )}
    </Paper>
  );
}
