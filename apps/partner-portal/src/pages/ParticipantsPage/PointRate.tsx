import { Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { PartnerWalletSettingsDocument } from '@motiva/schema';
import { useFormat } from '@motiva/ui';
import { usePartnerSalesT } from '../../components/salesMessages';

/** "Rewards are money: 1 point = 1,00 ₽": the one place the page says how points read as money. */
export function PointRate() {
  const t = usePartnerSalesT();
  const format = useFormat();
  const { data } = useQuery(PartnerWalletSettingsDocument);
  const settings = data?.walletSettings;
  if (!settings) return null;
  const rate = t('partner.sales.results.rate', { money: format.money(String(settings.minorUnitsPerPoint), settings.currency) });
  return (
    <Text fz="sm" c="dimmed" data-testid="point-rate">
      {t('partner.sales.results.hint', { rate })}
    </Text>
  );
}
