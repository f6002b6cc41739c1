import { Divider, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WalletBalanceFieldsFragment } from '@motiva/schema';
import { useFormat } from '@motiva/ui';
import { DebtNotice } from './DebtNotice';

const numeric = { fontVariantNumeric: 'tabular-nums' } as const;

/** Available (to withdraw), held with the dates it becomes available, withdrawing, paid out, lifetime. */
export function BalanceCard({
  balance,
  pointRate,
  action,
}: {
  balance: WalletBalanceFieldsFragment;
  /** "1 point = 1,00 ₽": how the points of the platform read as money. */
  pointRate?: string;
  action?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (m: { amountMinor: string; currency: string }) => format.money(m.amountMinor, m.currency);
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} data-testid="balance-card">
      <Group justify="space-between" align="flex-end" gap="md" wrap="wrap">
        <Stack gap={2}>
          <Text fz="sm" c="dimmed" fw={600} tt="uppercase" lts={0.3}>
            {t('participant.wallet.available')}
          </Text>
          <Text fz={{ base: 34, sm: 40 }} fw={800} lh={1.1} style={numeric} data-testid="balance-available">
            {money(balance.available)}
          </Text>
          {pointRate && (
            <Text fz="xs" c="dimmed" data-testid="point-rate">
              {pointRate}
            </Text>
          )}
        </Stack>
        {action}
      </Group>
      <DebtNotice balance={balance} />
      <Divider my="md" />
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md" verticalSpacing="md">
        <Figure
          label={t('participant.wallet.held')}
          hint={t('participant.wallet.heldHint')}
          value={money(balance.held)}
          testId="balance-held"
        />
        <Figure
          label={t('participant.wallet.withdrawing')}
          hint={t('participant.wallet.withdrawingHint')}
          value={money(balance.withdrawing)}
          testId="balance-withdrawing"
        />
        <Figure label={t('participant.wallet.paidOut')} value={money(balance.paidOut)} testId="balance-paid-out" />
        <Figure label={t('participant.wallet.lifetime')} value={money(balance.lifetimeEarned)} testId="balance-lifetime" />
      </SimpleGrid>
      {balance.upcomingReleases.length > 0 && (
        <Stack gap={4} mt="md" maw={420} data-testid="upcoming-releases">
          <Text fz="sm" fw={600}>
            {t('participant.wallet.releasesTitle')}
          </Text>
          {balance.upcomingReleases.map((release) => (
            <Group key={release.releaseAt} justify="space-between" gap="xs" wrap="nowrap" data-testid="upcoming-release">
              <Text fz="sm" c="dimmed" style={numeric}>
                {format.date(release.releaseAt)}
              </Text>
              <Text fz="sm" fw={600} style={{ ...numeric, whiteSpace: 'nowrap' }}>
                +{money(release.amount)}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

function Figure({ label, hint, value, testId }: { label: string; hint?: string; value: string; testId: string }) {
  return (
    <Stack gap={0} style={{ minWidth: 0 }}>
      <Text fz="xs" c="dimmed" title={hint}>
        {label}
      </Text>
      <Text fw={700} fz="lg" style={{ ...numeric, whiteSpace: 'nowrap' }} data-testid={testId}>
        {value}
      </Text>
      {hint && (
        <Text fz={11} c="dimmed" lh={1.3}>
          {hint}
        </Text>
      )}
    </Stack>
  );
}
