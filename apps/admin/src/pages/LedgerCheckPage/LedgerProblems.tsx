import type { ReactNode } from 'react';
import { Paper, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdminVerifyLedgerQuery } from '@motiva/schema';
import { parseMinorUnits, useFormat } from '@motiva/ui';

type Report = AdminVerifyLedgerQuery['verifyLedger'];

const mono = {
  fontFamily: 'var(--mantine-font-family-monospace)',
  fontSize: 'var(--mantine-font-size-xs)',
  overflowWrap: 'anywhere',
} as const;
const figures = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', textAlign: 'right' } as const;

/** One list of the report: a titled table that scrolls inside its box on a phone, or "None". */
function Section({ title, count, testId, children }: { title: string; count: number; testId: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid={testId} data-count={count}>
      <Title order={2} fz="h4">
        {title} ({count})
      </Title>
      {count === 0 ? (
        <Text fz="sm" c="dimmed">
          {t('admin.money.ledger.none')}
        </Text>
      ) : (
        <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
          <ScrollArea type="auto">{children}</ScrollArea>
        </Paper>
      )}
    </Stack>
  );
}

/** What the verifier found wrong: unbalanced journals, balances that differ from their entries, negative participant accounts. */
export function LedgerProblems({ report, currency }: { report: Report; currency: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const l = 'admin.money.ledger';
  const money = (minor: string) => format.money(minor, currency);
  return (
    <Stack gap="lg">
      <Section title={t(`${l}.unbalanced`)} count={report.unbalancedJournals.length} testId="ledger-unbalanced">
        <Table miw={640} verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t(`${l}.unbalancedColumns.journal`)}</Table.Th>
              <Table.Th>{t(`${l}.unbalancedColumns.key`)}</Table.Th>
              <Table.Th style={figures}>{t(`${l}.unbalancedColumns.entries`)}</Table.Th>
              <Table.Th style={figures}>{t(`${l}.unbalancedColumns.sum`)}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.unbalancedJournals.map((j) => (
              <Table.Tr key={j.journalId} data-testid="ledger-unbalanced-row">
                <Table.Td style={mono}>{j.journalId}</Table.Td>
                <Table.Td style={mono}>{j.idempotencyKey}</Table.Td>
                <Table.Td style={figures}>{format.number(j.entries)}</Table.Td>
                <Table.Td style={figures}>{money(j.sumMinor)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Section>
      <Section title={t(`${l}.mismatches`)} count={report.balanceMismatches.length} testId="ledger-mismatches">
        <Table miw={860} verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t(`${l}.mismatchColumns.account`)}</Table.Th>
              <Table.Th>{t(`${l}.mismatchColumns.kind`)}</Table.Th>
              <Table.Th>{t(`${l}.mismatchColumns.owner`)}</Table.Th>
              <Table.Th style={figures}>{t(`${l}.mismatchColumns.stored`)}</Table.Th>
              <Table.Th style={figures}>{t(`${l}.mismatchColumns.computed`)}</Table.Th>
              <Table.Th style={figures}>{t(`${l}.mismatchColumns.difference`)}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.balanceMismatches.map((m) => (
              <Table.Tr key={m.accountId} data-testid="ledger-mismatch-row">
                <Table.Td style={mono}>{m.accountId}</Table.Td>
                <Table.Td style={{ ...mono, overflowWrap: 'normal', whiteSpace: 'nowrap' }}>{m.kind}</Table.Td>
                <Table.Td style={mono}>{m.ownerId ?? t(`${l}.platformAccount`)}</Table.Td>
                <Table.Td style={figures}>{money(m.storedMinor)}</Table.Td>
                <Table.Td style={figures}>{money(m.computedMinor)}</Table.Td>
                <Table.Td style={figures}>{money((parseMinorUnits(m.storedMinor) - parseMinorUnits(m.computedMinor)).toString())}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Section>
      <Section title={t(`${l}.negative`)} count={report.negativeParticipantAccounts.length} testId="ledger-negative">
        <Table verticalSpacing="xs">
          <Table.Tbody>
            {report.negativeParticipantAccounts.map((id) => (
              <Table.Tr key={id} data-testid="ledger-negative-row">
                <Table.Td style={mono}>{id}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Section>
    </Stack>
  );
}
