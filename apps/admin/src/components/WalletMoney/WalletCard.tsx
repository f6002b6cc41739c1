import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdminWithdrawalRowFragment } from '@motiva/schema';
import { cardBrandKey, cardExpired, cardExpiry } from './walletMoney';

/** "Visa •••• 4242" with its expiry beneath: all the API ever keeps of a card. */
export function WalletCard({ card }: { card: AdminWithdrawalRowFragment['card'] }) {
  const { t } = useTranslation();
  const expired = cardExpired(card.expiryMonth, card.expiryYear);
  return (
    <Stack gap={0} data-testid="withdrawal-card">
      <Text fz="sm" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
        {t(cardBrandKey(card.brand))} •••• {card.last4}
      </Text>
      <Text
        fz="xs"
        c={expired ? 'red.8' : 'dimmed'}
        fw={expired ? 600 : undefined}
        style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}
        data-expired={expired || undefined}
      >
        {t(expired ? 'admin.money.withdrawals.expired' : 'admin.money.withdrawals.expires', {
          date: cardExpiry(card.expiryMonth, card.expiryYear),
        })}
      </Text>
    </Stack>
  );
}
