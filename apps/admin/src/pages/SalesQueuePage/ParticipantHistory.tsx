import { Anchor, Group, Progress, Stack, Table, Text } from '@mantine/core';
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
        <Table.ScrollContainer minWidth={300} type="native">
          <Table verticalSpacing={6} horizontalSpacing="xs" data-testid="participant-recent-sales">
            <Table.Tbody>
              {history.recentSales.map((s) => (
                <Table.Tr key={s.id} data-testid="participant-recent-sale">
                  <Table.Td style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                    <Anchor
                      component="button"
                      type="button"
                      fz="sm"
                      onClick={() => onOpen(s.id)}
                      aria-label={t('admin.sales.history.open')}
                    >
                      {format.date(s.submittedAt)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>
                    <Text fz="sm">{s.promotion.name}</Text>
                  </Table.Td>
                  <Table.Td style={NUM}>
                    <Text fz="sm">{format.money(s.reward.amountMinor, s.reward.currency)}</Text>
                  </Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>
                    <StatusBadge kind="sale" status={s.status} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
