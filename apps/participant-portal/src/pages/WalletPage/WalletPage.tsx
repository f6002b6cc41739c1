import { useState } from 'react';
import { Button, Grid, Group, Loader, Paper, Stack } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MyBalanceDocument, WalletSettingsDocument } from '@motiva/schema';
import { ErrorState, PageHeader } from '@motiva/ui';
import { usePointRate } from '../../components/BalanceSummary';
import { AddCardModal } from './AddCardModal';
import { BalanceCard } from './BalanceCard';
import { CardsSection } from './CardsSection';
import { LedgerHistory } from './LedgerHistory';
import { WithdrawalsSection } from './WithdrawalsSection';
import { WithdrawModal } from './WithdrawModal';

/** /wallet: balances, withdrawing to a card, the withdrawals, the cards and the history of every movement. */
export function WalletPage() {
  const { t } = useTranslation();
  const balance = useQuery(MyBalanceDocument);
  const settings = useQuery(WalletSettingsDocument);
  const pointRate = usePointRate(settings.data?.walletSettings);
  const [withdrawing, setWithdrawing] = useState(false);
  const [addingCard, setAddingCard] = useState(false);
  const wallet = balance.data?.myBalance;
  const minWithdrawal = settings.data?.walletSettings.minWithdrawal;

  return (
    <Stack gap="lg" data-testid="wallet-page">
      <PageHeader title={t('participant.wallet.title')} description={t('participant.wallet.subtitle')} />
      {balance.error && !wallet ? (
        <Paper withBorder radius="md">
          <ErrorState error={balance.error} onRetry={() => void balance.refetch()} />
        </Paper>
      ) : !wallet ? (
        <Group justify="center" py="xl">
          <Loader />
        </Group>
      ) : (
        <BalanceCard
          balance={wallet}
          pointRate={pointRate}
          action={
            <Button
              size="md"
              onClick={() => setWithdrawing(true)}
              disabled={!minWithdrawal}
              data-testid="withdraw"
              w={{ base: '100%', xs: 'auto' }}
            >
              {t('participant.wallet.withdraw.open')}
            </Button>
          }
        />
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="lg">
            <WithdrawalsSection />
            <LedgerHistory />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <CardsSection />
        </Grid.Col>
      </Grid>
      {wallet && minWithdrawal && (
        <WithdrawModal
          opened={withdrawing}
          onClose={() => setWithdrawing(false)}
          balance={wallet}
          minWithdrawal={minWithdrawal}
          onAddCard={() => setAddingCard(true)}
        />
      )}
      <AddCardModal opened={addingCard} onClose={() => setAddingCard(false)} />
    </Stack>
  );
}
