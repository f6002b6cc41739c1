import { Alert, Button, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useLazyQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { AdminVerifyLedgerDocument } from '@motiva/schema';
import { EmptyState, ErrorAlert, PageHeader, useFormat } from '@motiva/ui';
import { LedgerProblems } from './LedgerProblems';

function Count({ label, value, detail, testId }: { label: string; value: string; detail?: string; testId: string }) {
  return (
    <Paper withBorder radius="md" p="sm" data-testid={testId}>
      <Stack gap={2} align="flex-end">
        <Text fz="xs" c="dimmed" ta="right">
          {label}
        </Text>
        <Text fz={detail ? 'md' : 'lg'} fw={600} style={{ fontVariantNumeric: 'tabular-nums', textAlign: 'right' }}>
          {value}
        </Text>
        {detail && (
          <Text fz="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {detail}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/** Runs the ledger verifier on demand: every journal must sum to zero and every balance equal its entries. */
export function LedgerCheckPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [verify, { data, loading, error }] = useLazyQuery(AdminVerifyLedgerDocument, { fetchPolicy: 'network-only' });
  const report = data?.verifyLedger;
  const l = 'admin.money.ledger';

  return (
    <Stack gap={0}>
      <PageHeader
        title={t(`${l}.title`)}
        description={t(`${l}.subtitle`)}
        actions={
          <Button onClick={() => void verify().catch(() => {})} loading={loading} data-testid="ledger-run">
            {t(report ? `${l}.runAgain` : `${l}.run`)}
          </Button>
        }
      />
      <Stack gap="md">
        <ErrorAlert error={loading ? null : error} testId="ledger-error" />
        {loading && !report && (
          <Text c="dimmed" data-testid="ledger-running">
            {t(`${l}.running`)}
          </Text>
        )}
        {!report && !loading && !error && (
          <Paper withBorder radius="md">
            <EmptyState title={t(`${l}.notRun`)} description={t(`${l}.notRunText`)} testId="ledger-not-run" />
          </Paper>
        )}
        {report && (
          <Stack gap="md" data-testid="ledger-report" data-ok={report.ok}>
            <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
              <Count
                label={t(`${l}.checkedAt`)}
                value={format.date(report.checkedAt)}
                detail={format.time(report.checkedAt)}
                testId="ledger-checked-at"
              />
              <Count label={t(`${l}.journals`)} value={format.number(report.journalsChecked)} testId="ledger-journals" />
              <Count label={t(`${l}.entries`)} value={format.number(report.entriesChecked)} testId="ledger-entries" />
              <Count label={t(`${l}.accounts`)} value={format.number(report.accountsChecked)} testId="ledger-accounts" />
            </SimpleGrid>
            {report.ok ? (
              <Alert color="green" variant="light" title={t(`${l}.okTitle`)} data-testid="ledger-ok">
                {t(`${l}.okText`)}
              </Alert>
            ) : (
              <>
                <Alert color="red" variant="light" title={t(`${l}.problemsTitle`)} data-testid="ledger-problems">
                  {t(`${l}.problemsText`)} {t(`${l}.listedAtMost`)}
                </Alert>
                <LedgerProblems report={report} currency={data.walletSettings.currency} />
              </>
            )}
          </Stack>
        )}
      </Stack>
    </Stack>
  );
}
