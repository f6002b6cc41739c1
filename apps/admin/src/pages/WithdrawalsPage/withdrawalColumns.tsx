import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdminWithdrawalRowFragment } from '@motiva/schema';
import { DateTimeCell, StatusBadge, useFormat, type TableColumn } from '@motiva/ui';
import { PhoneDetails, fromSm } from '../../components/ModerationQueue';
import { WalletCard, cardBrandKey, cardExpired, cardExpiry } from '../../components/WalletMoney';

type Row = AdminWithdrawalRowFragment;

/** Why it ended where it did: the provider's decline or the admin's rejection; nothing otherwise. */
const reasonOf = (row: Row) => row.failureReason ?? row.rejectionReason;

/**
 * The queue's columns. On a phone only the participant (with everything else folded under the name)
 * and the amount stay, so nothing is cut off at 390 px.
 */
export function useWithdrawalColumns(openParticipant: (row: Row) => void): TableColumn<Row>[] {
  const { t } = useTranslation();
  const format = useFormat();
  const w = 'admin.money.withdrawals';
  return [
    {
      accessor: 'createdAt',
      title: t(`${w}.columns.requested`),
      numeric: true,
      visibleMediaQuery: fromSm,
      render: (row) => <DateTimeCell value={row.createdAt} />,
    },
    {
      accessor: 'participantName',
      title: t(`${w}.columns.participant`),
      render: (row) => (
        <Stack gap={0} align="flex-start">
          <Anchor
            component="button"
            type="button"
            fz="sm"
            fw={500}
            ta="left"
            style={{ overflowWrap: 'break-word' }}
            aria-label={t(`${w}.openParticipant`, { name: row.participantName })}
            onClick={(event) => {
              event.stopPropagation();
              openParticipant(row);
            }}
            data-testid="withdrawal-participant"
          >
            {row.participantName}
          </Anchor>
          <PhoneDetails
            badge={<StatusBadge kind="withdrawal" status={row.status} testId="status-badge-phone" />}
            lines={[
              t(`${w}.requestedOn`, { date: format.dateTime(row.createdAt) }),
              `${t(cardBrandKey(row.card.brand))} •••• ${row.card.last4} · ${t(
                cardExpired(row.card.expiryMonth, row.card.expiryYear) ? `${w}.expired` : `${w}.expires`,
                { date: cardExpiry(row.card.expiryMonth, row.card.expiryYear) },
              )}`,
              row.payoutAttempts > 0 ? t(`${w}.attemptsValue`, { count: row.payoutAttempts }) : null,
              row.status === 'FAILED' ? t(`${w}.failedNote`) : null,
              reasonOf(row),
            ]}
          />
        </Stack>
      ),
    },
    {
      accessor: 'amount',
      title: t(`${w}.columns.amount`),
      numeric: true,
      render: (row) => (
        <Text fz="sm" fw={500} data-testid="withdrawal-amount">
          {format.money(row.amount.amountMinor, row.amount.currency)}
        </Text>
      ),
    },
    {
      accessor: 'card',
      title: t(`${w}.columns.card`),
      visibleMediaQuery: fromSm,
      render: (row) => <WalletCard card={row.card} />,
    },
    {
      // The status, how often the provider was asked, and why it ended where it did, stacked: one
      // column wide enough for a reason to read as a sentence.
      accessor: 'status',
      title: t(`${w}.columns.status`),
      width: 240,
      visibleMediaQuery: fromSm,
      render: (row) => {
        const reason = reasonOf(row);
        return (
          <Stack gap={4} align="flex-start">
            <StatusBadge kind="withdrawal" status={row.status} testId="withdrawal-status" />
            {row.payoutAttempts > 0 && (
              <Text fz="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="withdrawal-attempts">
                {t(`${w}.attemptsValue`, { count: row.payoutAttempts })}
              </Text>
            )}
            {row.status === 'FAILED' && (
              <Text fz="xs" c="dimmed">
                {t(`${w}.failedNote`)}
              </Text>
            )}
            {reason && (
              <Text fz="sm" style={{ overflowWrap: 'break-word' }} data-testid="withdrawal-reason">
                {reason}
              </Text>
            )}
          </Stack>
        );
      },
    },
  ];
}
