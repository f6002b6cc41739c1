import { useState } from 'react';
import { Alert, Button, Group, Loader, Modal, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MyCardsDocument, RequestWithdrawalDocument, type WalletBalanceFieldsFragment } from '@motiva/schema';
import { ErrorAlert, MoneyInput, errorCode, minorToInputText, notify, useFormat } from '@motiva/ui';
import { DebtNotice } from './DebtNotice';
import { checkWithdrawal, newIdempotencyKey } from './withdraw';

interface Props {
  opened: boolean;
  onClose: () => void;
  balance: WalletBalanceFieldsFragment;
  minWithdrawal: { amountMinor: string; currency: string };
  onAddCard: () => void;
}

/** Withdraw available money to a card: at least the minimum, at most what is available. */
export function WithdrawModal({ opened, onClose, ...rest }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('participant.wallet.withdraw.title')} centered size="md" data-testid="withdraw-modal">
      {/* Mounted per opening: a fresh idempotency key each time the form is opened. */}
      {opened && <WithdrawForm onDone={onClose} {...rest} />}
    </Modal>
  );
}

function WithdrawForm({ onDone, balance, minWithdrawal, onAddCard }: Omit<Props, 'opened' | 'onClose'> & { onDone: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  // One key per opened form: a double click, or a retry after a lost answer, makes one withdrawal.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const cards = useQuery(MyCardsDocument);
  const [cardId, setCardId] = useState<string | null>(null);
  const [amount, setAmount] = useState('');
  const [amountError, setAmountError] = useState<string | null>(null);
  const [request, { loading, error }] = useMutation(RequestWithdrawalDocument, {
    refetchQueries: ['MyBalance', 'MyWithdrawals', 'MyLedgerHistory'],
    awaitRefetchQueries: true,
  });
  const currency = balance.available.currency;
  const available = balance.available.amountMinor;
  const money = (minor: string) => format.money(minor, currency);
  const list = cards.data?.myCards ?? [];
  const selected = cardId ?? list[0]?.id ?? null;
  const tooLittle = BigInt(available) < BigInt(minWithdrawal.amountMinor);

  if (cards.loading && !cards.data) {
    return (
      <Group justify="center" py="md">
        <Loader size="sm" />
      </Group>
    );
  }
  if (tooLittle) {
    return (
      <Stack gap="md">
        <DebtNotice balance={balance} />
        <Alert color="gray" variant="light" data-testid="withdraw-too-little">
          {t('participant.wallet.withdraw.tooLittle', { min: money(minWithdrawal.amountMinor), available: money(available) })}
        </Alert>
      </Stack>
    );
  }
  if (list.length === 0) {
    return (
      <Stack gap="md" data-testid="withdraw-no-cards">
        <Text>{t('participant.wallet.withdraw.noCards')}</Text>
        <Button
          onClick={() => {
            onDone();
            onAddCard();
          }}
        >
          + {t('participant.wallet.cards.add')}
        </Button>
      </Stack>
    );
  }

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const checked = checkWithdrawal(amount, format.locale, minWithdrawal.amountMinor, available);
    setAmountError(checked.error);
    if (!checked.amountMinor || !selected) return;
    request({ variables: { input: { amountMinor: checked.amountMinor, cardId: selected, idempotencyKey } } })
      .then((result) => {
        const withdrawal = result.data?.requestWithdrawal;
        if (withdrawal) notify.success(t('participant.wallet.withdraw.done', { amount: money(withdrawal.amount.amountMinor) }));
        onDone();
      })
      .catch(() => undefined);
  };
  const serverKey =
    errorCode(error) === 'INSUFFICIENT_BALANCE'
      ? 'participant.wallet.withdraw.errors.aboveAvailable'
      : errorCode(error) === 'BAD_USER_INPUT'
        ? 'participant.wallet.withdraw.errors.amount'
        : undefined;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <DebtNotice balance={balance} />
        <Select
          size="md"
          label={t('participant.wallet.withdraw.card')}
          data={list.map((card) => ({
            value: card.id,
            label: `${t(`participant.wallet.cards.brands.${card.brand}`, { defaultValue: card.brand })} •••• ${card.last4}`,
          }))}
          value={selected}
          onChange={setCardId}
          allowDeselect={false}
          data-testid="withdraw-card"
        />
        <MoneyInput
          label={t('participant.wallet.withdraw.amount')}
          amount={amount}
          onAmountChange={setAmount}
          currency={currency}
          onCurrencyChange={() => {}}
          currencies={[currency]}
          error={amountError ? t(amountError, { min: money(minWithdrawal.amountMinor), available: money(available) }) : undefined}
          description={t('participant.wallet.withdraw.limits', { min: money(minWithdrawal.amountMinor), available: money(available) })}
          required
          testId="withdraw-amount"
        />
        <Group gap="xs">
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() => setAmount(minorToInputText(available, format.locale))}
            data-testid="withdraw-all"
          >
            {t('participant.wallet.withdraw.all', { amount: money(available) })}
          </Button>
        </Group>
        {error && (
          <ErrorAlert error={error} messageKey={serverKey} title={t('participant.wallet.withdraw.failed')} testId="withdraw-error" />
        )}
        <Text fz="xs" c="dimmed">
          {t('participant.wallet.withdraw.hint')}
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t('participant.wallet.cancel')}
          </Button>
          <Button type="submit" loading={loading} data-testid="withdraw-submit">
            {t('participant.wallet.withdraw.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
