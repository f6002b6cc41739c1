import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PayoutCardFieldsFragment } from '@motiva/schema';

/** "VISA •••• 1111 · 12/29": only what identifies a card to its owner. */
export function CardLabel({ card, withExpiry = false }: { card: PayoutCardFieldsFragment; withExpiry?: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap={8} wrap="nowrap" style={{ minWidth: 0 }}>
      <Badge variant="outline" color="gray" radius="sm" style={{ flexShrink: 0, minWidth: 'max-content' }}>
        {t(`participant.wallet.cards.brands.${card.brand}`, { defaultValue: card.brand })}
      </Badge>
      <Text fw={600} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }} data-testid="card-last4">
        •••• {card.last4}
      </Text>
      {withExpiry && (
        <Text fz="sm" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
          {String(card.expiryMonth).padStart(2, '0')}/{String(card.expiryYear).slice(-2)}
        </Text>
      )}
    </Group>
  );
}
