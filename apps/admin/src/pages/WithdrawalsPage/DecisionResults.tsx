import { CloseButton, Group, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFragment } from '@apollo/client/react';
import { AdminWithdrawalRowFragmentDoc, type AdminWithdrawalRowFragment } from '@motiva/schema';
import { OutcomeResults, StatusBadge, statusLabelKey, useFormat } from '@motiva/ui';
import type { Decision, Outcome, OutcomeLine } from './decisionOutcomes';

const COLORS: Record<Outcome, string> = { DONE: 'green', NOT_DONE: 'red' };

/** Whose withdrawal a line is about, read live from the cache: an approved one turns PAID or FAILED here. */
function Subject({ row }: { row: AdminWithdrawalRowFragment }) {
  const format = useFormat();
  const cached = useFragment({
    fragment: AdminWithdrawalRowFragmentDoc,
    fragmentName: 'AdminWithdrawalRow',
    from: { __typename: 'Withdrawal', id: row.id },
  });
  const live: AdminWithdrawalRowFragment = cached.complete ? cached.data : row;
  return (
    <Stack gap={2} align="flex-start">
      <Text fz="sm" fw={500}>
        {live.participantName}
      </Text>
      <Text fz="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
        {format.money(live.amount.amountMinor, live.amount.currency)}
      </Text>
      <StatusBadge kind="withdrawal" status={live.status} testId="withdrawal-outcome-status" />
    </Stack>
  );
}

/** The answer of the last approve or reject, one line per withdrawal, until the admin closes it. */
export function DecisionResults({ decision, lines, onClose }: { decision: Decision; lines: OutcomeLine[]; onClose: () => void }) {
  const { t } = useTranslation();
  const r = 'admin.money.withdrawals.results';
  return (
    <Paper withBorder radius="md" p="md" data-testid="withdrawal-results">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} fz="h4">
            {t(decision === 'approve' ? `${r}.titleApprove` : `${r}.titleReject`)}
          </Title>
          <CloseButton aria-label={t(`${r}.close`)} onClick={onClose} data-testid="withdrawal-results-close" />
        </Group>
        {/* A phone scrolls the three columns inside the box rather than the page sideways. */}
        <ScrollArea type="auto" offsetScrollbars>
          <Stack miw={520}>
            <OutcomeResults<Outcome>
              rows={lines.map((line) => ({
                key: line.key,
                name: line.row ? (
                  <Subject row={line.row} />
                ) : (
                  <Text fz="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                    {line.key}
                  </Text>
                ),
                outcome: line.outcome,
                message:
                  'text' in line.message
                    ? line.message.text
                    : t(line.message.key, line.message.status ? { status: t(statusLabelKey('withdrawal', line.message.status)) } : {}),
              }))}
              colors={COLORS}
              summaryLabel={(outcome, count) => t(`${r}.summary.${outcome}`, { count })}
              outcomeLabel={(outcome) => t(`${r}.outcomes.${outcome}`)}
              headers={{ name: t(`${r}.name`), outcome: t(`${r}.outcome`), message: t(`${r}.message`) }}
              testId="withdrawal-outcomes"
              rowTestId="withdrawal-outcome"
            />
          </Stack>
        </ScrollArea>
      </Stack>
    </Paper>
  );
}
