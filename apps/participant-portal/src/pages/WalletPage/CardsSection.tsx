import { useState } from 'react';
import { ActionIcon, Button, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MyCardsDocument, RemoveCardDocument, type PayoutCardFieldsFragment } from '@motiva/schema';
import { EmptyState, ErrorAlert, ErrorState, notify } from '@motiva/ui';
import { Section } from '../../components/Section';
import { AddCardModal } from './AddCardModal';
import { CardLabel } from './CardLabel';

/** The participant's cards (brand •••• last4 and expiry only), adding one, removing one. */
export function CardsSection() {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const { data, error, loading, refetch } = useQuery(MyCardsDocument);
  const cards = data?.myCards;
  return (
    <Section
      title={t('participant.wallet.cards.title')}
      testId="cards-section"
      actions={
        <Button variant="light" size="sm" onClick={() => setAdding(true)} data-testid="add-card">
          + {t('participant.wallet.cards.add')}
        </Button>
      }
    >
      {error && !cards ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !cards ? (
        <Group justify="center" py="md">
          <Loader size="sm" />
        </Group>
      ) : !cards || cards.length === 0 ? (
        <EmptyState
          testId="cards-empty"
          title={t('participant.wallet.cards.emptyTitle')}
          description={t('participant.wallet.cards.emptyText')}
        />
      ) : (
        <Stack gap="xs">
          {cards.map((card) => (
            <CardRow key={card.id} card={card} />
          ))}
        </Stack>
      )}
      <AddCardModal opened={adding} onClose={() => setAdding(false)} />
    </Section>
  );
}

function CardRow({ card }: { card: PayoutCardFieldsFragment }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [remove, { loading, error }] = useMutation(RemoveCardDocument, {
    variables: { id: card.id },
    refetchQueries: ['MyCards'],
    awaitRefetchQueries: true,
  });
  return (
    <Paper withBorder radius="md" px="md" py="sm" data-testid="card-row" data-id={card.id}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <CardLabel card={card} withExpiry />
        {confirming ? (
          <Group gap={6} wrap="nowrap">
            <Button
              size="compact-sm"
              color="red"
              loading={loading}
              onClick={() =>
                void remove()
                  .then(() => notify.success(t('participant.wallet.cards.removed', { last4: card.last4 })))
                  .catch(() => undefined)
              }
              data-testid="card-remove-confirm"
            >
              {t('participant.wallet.cards.removeConfirm')}
            </Button>
            <Button size="compact-sm" variant="default" onClick={() => setConfirming(false)}>
              {t('participant.wallet.cancel')}
            </Button>
          </Group>
        ) : (
          <ActionIcon
            variant="subtle"
            color="gray"
            onClick={() => setConfirming(true)}
            aria-label={t('participant.wallet.cards.remove', { last4: card.last4 })}
            data-testid="card-remove"
          >
            ×
          </ActionIcon>
        )}
      </Group>
      {error && <ErrorAlert error={error} />}
      {confirming && !error && (
        <Text fz="xs" c="dimmed" mt={4}>
          {t('participant.wallet.cards.removeHint')}
        </Text>
      )}
    </Paper>
  );
}
