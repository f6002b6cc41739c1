import { useState } from 'react';
import { Button, Center, Divider, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { AdminParticipantBalanceDocument } from '@motiva/schema';
import { ErrorState, useFormat } from '@motiva/ui';
import { AdjustBalanceForm } from './AdjustBalanceForm';
import { BalanceFigures } from './BalanceFigures';
import { LedgerHistory } from './LedgerHistory';

/**
 * The "Balance" section of the admin's participant drawer: the balances, the adjust form and the
 * ledger history. Amounts are shown as money in the ledger's currency, with how much one point is.
 */
export function ParticipantBalance({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [adjusting, setAdjusting] = useState(false);
  const { data, loading, error, refetch } = useQuery(AdminParticipantBalanceDocument, { variables: { participantId } });
  const b = 'admin.money.balance';

  let body;
  if (data) {
    const { participantBalance: balance, walletSettings: settings } = data;
    body = (
      <Stack gap="md">
        <BalanceFigures balance={balance} />
        {adjusting ? (
          <AdjustBalanceForm
            participantId={participantId}
            currency={settings.currency}
            available={format.money(balance.available.amountMinor, balance.available.currency)}
            onDone={() => setAdjusting(false)}
          />
        ) : (
          <Group>
            <Button variant="light" onClick={() => setAdjusting(true)} data-testid="adjust-open">
              {t('admin.money.adjust.open')}
            </Button>
          </Group>
        )}
        <Stack gap="xs">
          <Title order={4} fz="h5">
            {t(`${b}.history`)}
          </Title>
          <LedgerHistory participantId={participantId} />
        </Stack>
      </Stack>
    );
  } else if (error && !loading) {
    body = <ErrorState error={error} onRetry={() => void refetch()} />;
  } else {
    body = (
      <Center py="md">
        <Loader size="sm" />
      </Center>
    );
  }

  return (
    <Stack gap="sm" data-testid="participant-balance">
      <Divider />
      <Group justify="space-between" align="baseline" wrap="wrap" gap="xs">
        <Title order={3} fz="h5">
          {t(`${b}.title`)}
        </Title>
        {data && (
          <Text fz="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="balance-point-value">
            {t('admin.money.pointValue', {
              money: format.money(String(data.walletSettings.minorUnitsPerPoint), data.walletSettings.currency),
            })}
          </Text>
        )}
      </Group>
      {body}
    </Stack>
  );
}
