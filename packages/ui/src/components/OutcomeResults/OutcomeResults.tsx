import type { ReactNode } from 'react';
import { Badge, Stack, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** One item of a bulk action's answer: who it was about, what happened, and why. */
export interface OutcomeRow<O extends string> {
  key: string;
  name: ReactNode;
  outcome: O;
  /** The server's explanation, or a sentence of the page's own; null shows "not set". */
  message: ReactNode | null;
}

export interface OutcomeResultsProps<O extends string> {
  rows: readonly OutcomeRow<O>[];
  /** Every outcome, in the order the summary lists them, with its badge colour. */
  colors: Readonly<Record<O, string>>;
  /** "3 added": the summary badge of an outcome. */
  summaryLabel: (outcome: O, count: number) => string;
  /** "Added": the outcome's badge in its row. */
  outcomeLabel: (outcome: O) => string;
  /** Column titles: whom a row is about, the outcome, the message. */
  headers: { name: string; outcome: string; message: string };
  /** data-testid of the block and of each row (rows also carry data-outcome). */
  testId: string;
  rowTestId: string;
}

/**
 * The per-item answer of a bulk action (add members, bulk edit, and the moderation and link actions
 * to come): a count per outcome, then each item's outcome and message, so a partial failure is
 * never hidden behind a single toast.
 */
export function OutcomeResults<O extends string>({
  rows,
  colors,
  summaryLabel,
  outcomeLabel,
  headers,
  testId,
  rowTestId,
}: OutcomeResultsProps<O>) {
  const { t } = useTranslation();
  const summary = (Object.keys(colors) as O[])
    .map((outcome) => ({ outcome, count: rows.filter((r) => r.outcome === outcome).length }))
    .filter((s) => s.count > 0);
  return (
    <Stack gap="md" data-testid={testId}>
      <Group gap="xs">
        {summary.map((s) => (
          <Badge key={s.outcome} color={colors[s.outcome]} variant="light" radius="sm" size="lg" style={{ minWidth: 'max-content' }}>
            {summaryLabel(s.outcome, s.count)}
          </Badge>
        ))}
      </Group>
      <Table withTableBorder verticalSpacing="sm" horizontalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{headers.name}</Table.Th>
            <Table.Th>{headers.outcome}</Table.Th>
            <Table.Th>{headers.message}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key} data-testid={rowTestId} data-outcome={r.outcome}>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{r.name}</Table.Td>
              <Table.Td>
                <Badge color={colors[r.outcome]} variant="light" radius="sm" style={{ minWidth: 'max-content' }}>
                  {outcomeLabel(r.outcome)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text fz="sm" c={r.message === null ? 'dimmed' : undefined}>
                  {r.message ?? t('common.notSet')}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
