import type { ReactNode } from 'react';
import { Stack, Text } from '@mantine/core';
import { StatusBadge } from '../StatusBadge';
import type { SaleRiskFlagFields } from './types';
import { useSaleDetailsT } from './useSaleDetailsT';

/**
 * The sale's risk flags, each with the server's reason; null (the caller may not see flags) renders
 * nothing. `renderOtherSale` lets a portal link the other sale a photo matched.
 */
export function SaleFlags({
  flags,
  renderOtherSale,
}: {
  flags: readonly SaleRiskFlagFields[] | null;
  renderOtherSale?: (saleId: string) => ReactNode;
}) {
  const t = useSaleDetailsT();
  if (flags === null) return null;
  if (flags.length === 0)
    return (
      <Text fz="sm" c="dimmed" data-testid="sale-flags-none">
        {t('saleDetails.flags.none')}
      </Text>
    );
  return (
    <Stack gap="sm" data-testid="sale-flags">
      {flags.map((f, i) => (
        <Stack key={`${f.kind}-${i}`} gap={4} data-testid="sale-flag" data-kind={f.kind}>
          <div>
            <StatusBadge kind="riskFlag" status={f.kind} testId="sale-flag-badge" />
          </div>
          {/* The reason is the server's (English) words for the moderator; it is shown as it came. */}
          <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
            {f.reason}
          </Text>
          {f.otherSaleId && (
            <Text fz="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {renderOtherSale ? renderOtherSale(f.otherSaleId) : t('saleDetails.flags.otherSale', { id: f.otherSaleId })}
            </Text>
          )}
        </Stack>
      ))}
    </Stack>
  );
}
