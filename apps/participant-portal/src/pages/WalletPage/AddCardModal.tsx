import { useState } from 'react';
import { Button, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { AddCardDocument } from '@motiva/schema';
import { ErrorAlert, errorCode, fieldErrors, notify } from '@motiva/ui';
import { digitsOf, fullYear, groupCardNumber, validateCard } from './card';

const K = 'participant.wallet.cards.errors';

/** The API's refusal of a card field (its words are English) -> the form's own sentence. */
function serverFieldKey(field: string, message: string): string {
  if (field === 'cardNumber') return /at most/i.test(message) ? `${K}.tooMany` : `${K}.refused`;
  if (field === 'expiryYear' || field === 'expiryMonth') return /expired/i.test(message) ? `${K}.expired` : `${K}.year`;
  return `${K}.refused`;
}

/** Card number (Luhn-checked here too, digits grouped as typed) and expiry; the number goes to the payout provider only. */
export function AddCardModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('participant.wallet.cards.addTitle')} centered size="md" data-testid="add-card-modal">
      {opened && <AddCardForm onDone={onClose} />}
    </Modal>
  );
}

function AddCardForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [number, setNumber] = useState('');
  const [month, setMonth] = useState('');
  const [year, setYear] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [addCard, { loading, error }] = useMutation(AddCardDocument, { refetchQueries: ['MyCards'], awaitRefetchQueries: true });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const draft = { number, month, year: fullYear(year) };
    const found = validateCard(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    addCard({ variables: { input: { cardNumber: digitsOf(number), expiryMonth: Number(month), expiryYear: Number(draft.year) } } })
      .then((result) => {
        const card = result.data?.addCard;
        if (card) notify.success(t('participant.wallet.cards.added', { last4: card.last4 }));
        onDone();
      })
      .catch((failure: unknown) => {
        if (errorCode(failure) !== 'BAD_USER_INPUT') return;
        setErrors(
          Object.fromEntries(Object.entries(fieldErrors(failure)).map(([field, message]) => [field, serverFieldKey(field, message)])),
        );
      });
  };
  const fieldError = (field: string) => (errors[field] ? t(errors[field]!) : undefined);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          size="md"
          label={t('participant.wallet.cards.number')}
          value={number}
          onChange={(event) => setNumber(groupCardNumber(event.currentTarget.value))}
          inputMode="numeric"
          autoComplete="cc-number"
          placeholder="0000 0000 0000 0000"
          maxLength={23}
          error={fieldError('cardNumber')}
          required
          styles={{ input: { fontVariantNumeric: 'tabular-nums', letterSpacing: 1 } }}
          data-testid="card-number"
          data-autofocus
        />
        <SimpleGrid cols={2} spacing="sm">
          <TextInput
            size="md"
            label={t('participant.wallet.cards.month')}
            value={month}
            onChange={(event) => setMonth(digitsOf(event.currentTarget.value).slice(0, 2))}
            inputMode="numeric"
            autoComplete="cc-exp-month"
            placeholder={t('participant.wallet.cards.monthPlaceholder')}
            error={fieldError('expiryMonth')}
            required
            styles={{ input: { fontVariantNumeric: 'tabular-nums' } }}
            data-testid="card-month"
          />
          <TextInput
            size="md"
            label={t('participant.wallet.cards.year')}
            value={year}
            onChange={(event) => setYear(digitsOf(event.currentTarget.value).slice(0, 4))}
            inputMode="numeric"
            autoComplete="cc-exp-year"
            placeholder={t('participant.wallet.cards.yearPlaceholder')}
            error={fieldError('expiryYear')}
            required
            styles={{ input: { fontVariantNumeric: 'tabular-nums' } }}
            data-testid="card-year"
          />
        </SimpleGrid>
        <Text fz="xs" c="dimmed">
          {t('participant.wallet.cards.privacy')}
        </Text>
        {error && errorCode(error) !== 'BAD_USER_INPUT' && <ErrorAlert error={error} testId="add-card-error" />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t('participant.wallet.cancel')}
          </Button>
          <Button type="submit" loading={loading} data-testid="card-submit">
            {t('participant.wallet.cards.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
