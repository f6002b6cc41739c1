import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdminWalletBalanceFragment } from '@motiva/schema';
import { useFormat } from '@motiva/ui';

type Money = AdminWalletBalanceFragment['available'];

function Figure({ label, money, testId, strong }: { label: string; money: Money; testId: string; strong?: boolean }) {
  const format = useFormat();
  return (
    <Paper withBorder radius="md" p="sm" data-testid={testId}>
      <Stack gap={2} align="flex-end">
        <Text fz="xs" c="dimmed" ta="right">
          {label}
        </Text>
        <Text fz={strong ? 'lg' : 'md'} fw={strong ? 700 : 600} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
          {format.money(money.amountMinor, money.currency)}
        </Text>
      </Stack>
    </Paper>
  );
}

/** The participant's balances, read from the ledger's balance rows, and when held rewards come free. */
export function BalanceFigures({ balance }: { balance: AdminWalletBalanceFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const b = 'admin.money.balance';
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 2, xs: 3 }} spacing="xs" data-testid="balance-figures">
        <Figure label={t(`${b}.available`)} money={balance.available} testId="balance-available" strong />
        <Figure label={t(`${b}.held`)} money={balance.held} testId="balance-held" />
        <Figure label={t(`${b}.withdrawing`)} money={balance.withdrawing} testId="balance-withdrawing" />
        <Figure label={t(`${b}.paidOut`)} money={balance.paidOut} testId="balance-paid-out" />
        <Figure label={t(`${b}.lifetimeEarned`)} money={balance.lifetimeEarned} testId="balance-lifetime" />
      </SimpleGrid>
      <Stack gap={4} data-testid="balance-upcoming">
        <Text fz="sm" fw={600}>
          {t(`${b}.upcoming`)}
        </Text>
        {balance.upcomingReleases.length === 0 ? (
          <Text fz="sm" c="dimmed">
            {t(`${b}.noUpcoming`)}
          </Text>
        ) : (
          balance.upcomingReleases.map((release) => (
            <Text key={release.releaseAt} fz="sm" style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="balance-release">
              {t(`${b}.releaseOn`, {
                amount: format.money(release.amount.amountMinor, release.amount.currency),
                date: format.date(release.releaseAt),
              })}
            </Text>
          ))
        )}
      </Stack>
    </Stack>
  );
}
