import { Group, Progress, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdminSaleQuery } from '@motiva/schema';
import { formatBasisPoints, StatusBadge, useFormat } from '@motiva/ui';

type History = NonNullable<AdminSaleQuery['sale']['participantHistory']>;

const NUM = { textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;

/** The participant's approval rate and latest other sales, each one click from its own drawer. */
export function ParticipantHistory({ history, onOpen }: { history: History; onOpen: (saleId: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rate = history.approvalRateBp;
  return (
    <Stack gap="sm" data-testid="participant-history">
      {rate === null ? (
        <Text fz="sm" c="dimmed">
          {t('admin.sales.history.noDecisions')}
        </Text>
      ) : (
        <Stack gap={4}>
          <Group justify="space-between" gap="xs">
            <Text fz="sm">{t('admin.sales.history.approvalRate')}</Text>
            <Text fz="sm" fw={700} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="participant-approval-rate">
              {formatBasisPoints(String(rate), format.locale)}
            </Text>
          </Group>
          <Progress value={rate / 100} color={rate >= 8000 ? 'green' : rate >= 5000 ? 'yellow' : 'red'} size="sm" />
          <Text fz="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {t('admin.sales.history.approvedOf', { approved: history.approvedCount, count: history.decidedCount })}
          </Text>
        </Stack>
      )}
      <Text fz="sm" fw={600} mt="xs">
        {t('admin.sales.history.recent')}
      </Text>
      {history.recentSales.length === 0 ? (
        <Text fz="sm" c="dimmed">
          {t('admin.sales.history.noRecent')}
        </Text>
      ) : (
        // A list rather than a table: on a phone the promotion's name needs the whole width.
        <Stack gap={0} data-testid="participant-recent-sales">
          {history.recentSales.map((s) => (
            <UnstyledButton
              key={s.id}
              onClick={() => onOpen(s.id)}
              aria-label={`${t('admin.sales.history.open')}: ${s.promotion.name}, ${format.date(s.submittedAt)}`}
              py={8}
              style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
              data-testid="participant-recent-sale"
            >
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
                <Stack gap={0} miw={0}>
                  <Text fz="sm" c="blue" style={{ overflowWrap: 'break-word' }}>
                    {s.promotion.name}
                  </Text>
                  <Text fz="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {format.dateTime(s.submittedAt)}
                  </Text>
                </Stack>
                <Stack gap={2} align="flex-end" style={{ flexShrink: 0 }}>
                  <Text fz="sm" style={NUM}>
                    {format.money(s.reward.amountMinor, s.reward.currency)}
                  </Text>
                  <StatusBadge kind="sale" status={s.status} />
                </Stack>
              </Group>
            </UnstyledButton>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
