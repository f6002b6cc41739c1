import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WalletBalanceFieldsFragment } from '@motiva/schema';
import { IconAlert, useFormat } from '@motiva/ui';

/**
 * What the participant owes after a refund took back points they had already withdrawn, and why; nothing when
 * they owe nothing. Shown on the balance card and in the withdrawal form.
 */
export function DebtNotice({ balance }: { balance: Pick<WalletBalanceFieldsFragment, 'debt' | 'debtReason'> }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (BigInt(balance.debt.amountMinor) <= 0n) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      mt="md"
      icon={<IconAlert />}
      title={t('participant.wallet.debt.title')}
      data-testid="balance-debt"
    >
      <Text fz="sm">{t('participant.wallet.debt.text', { amount: format.money(balance.debt.amountMinor, balance.debt.currency) })}</Text>
      {balance.debtReason && (
        <Text fz="xs" c="dimmed" mt={4} data-testid="balance-debt-reason">
          {t('participant.wallet.debt.reason', { reason: balance.debtReason })}
        </Text>
      )}
    </Alert>
  );
}
