import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ProductImportDocument, ProductImportRowsDocument, type ProductImportRowFieldsFragment } from '@motiva/schema';
import { DataTable, ErrorState, IconAlert, IconCheck, StatusBadge, useFormat, type TableColumn } from '@motiva/ui';

const POLL_MS = 1_000;
const REJECTED_PAGE = 20;
const FINISHED = new Set(['DONE', 'FAILED']);

/** One import: a progress bar polled every second while the job runs, then the counts and the rejected rows. */
export function ImportStatus({ id, onFinished }: { id: string; onFinished: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useApolloClient();
  const { data, error, refetch, startPolling, stopPolling } = useQuery(ProductImportDocument, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  const productImport = data?.productImport;
  const finished = !!productImport && FINISHED.has(productImport.status);
  const finishedCallback = useRef(onFinished);
  finishedCallback.current = onFinished;

  // Poll until the job is done; then the product lists in the cache are stale, and the history too.
  const wasRunning = useRef(false);
  useEffect(() => {
    if (!productImport) return;
    if (!finished) {
      wasRunning.current = true;
      startPolling(POLL_MS);
      return () => stopPolling();
    }
    stopPolling();
    if (wasRunning.current) {
      wasRunning.current = false;
      client.cache.evict({ fieldName: 'products' });
      client.cache.gc();
      finishedCallback.current();
    }
    return undefined;
  }, [productImport, finished, startPolling, stopPolling, client]);

  const [offset, setOffset] = useState(0);
  const rejected = useQuery(ProductImportRowsDocument, {
    variables: { importId: id, filter: { outcome: 'REJECTED' }, page: { offset, limit: REJECTED_PAGE } },
    skip: !finished || !productImport?.rejectedRows,
    notifyOnNetworkStatusChange: true,
  });
  const rows = (rejected.data ?? rejected.previousData)?.productImportRows;

  if (error && !productImport) {
    return (
      <Paper withBorder radius="md" p="lg">
        <ErrorState error={error} onRetry={() => void refetch()} />
      </Paper>
    );
  }
  if (!productImport) return null;

  const percent = productImport.totalRows ? Math.round((productImport.processedRows / productImport.totalRows) * 100) : 0;
  const columns: TableColumn<ProductImportRowFieldsFragment>[] = [
    { accessor: 'rowNumber', title: t('brand.imports.report.row'), numeric: true },
    {
      accessor: 'sku',
      title: t('brand.products.fields.sku'),
      // On a phone the SKU moves into the reason cell, so the reason keeps its width.
      visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.sm})`,
      render: (row) =>
        row.sku ? (
          <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
            {row.sku}
          </Text>
        ) : (
          <Text fz="sm" c="dimmed">
            {t('common.notSet')}
          </Text>
        ),
    },
    {
      accessor: 'reason',
      title: t('brand.imports.report.reason'),
      render: (row) => (
        <Stack gap={2} data-testid="import-rejected-reason">
          {row.sku && (
            <Text fz="xs" c="dimmed" hiddenFrom="sm" style={{ overflowWrap: 'anywhere' }}>
              {row.sku}
            </Text>
          )}
          {row.issues.map((issue, i) => (
            <Text key={i} fz="sm">
              {t(`brand.imports.issues.${issue.code}`, {
                defaultValue: row.reason ?? issue.code,
                column: t(`brand.imports.columns.names.${issue.column}`, { defaultValue: issue.column }),
                row: issue.row,
                limit: issue.limit,
              })}
            </Text>
          ))}
        </Stack>
      ),
    },
  ];
  const counts = [
    { key: 'created', value: productImport.createdRows, color: 'green' },
    { key: 'updated', value: productImport.updatedRows, color: 'blue' },
    { key: 'unchanged', value: productImport.unchangedRows, color: 'gray' },
    { key: 'rejected', value: productImport.rejectedRows, color: 'red' },
  ] as const;

  return (
    <Paper withBorder radius="md" p="lg" data-testid="import-status" data-status={productImport.status}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Title order={2} fz="h4" style={{ overflowWrap: 'anywhere' }} data-testid="import-file-name">
              {productImport.fileName}
            </Title>
            <Text fz="sm" c="dimmed">
              {t(`brand.imports.status.${productImport.status}`)}
            </Text>
          </Stack>
          <StatusBadge kind="import" status={productImport.status} testId="import-status-badge" />
        </Group>

        <Stack gap={6}>
          <Progress
            value={productImport.status === 'DONE' ? 100 : percent}
            color={productImport.status === 'FAILED' ? 'red' : productImport.status === 'DONE' ? 'green' : 'blue'}
            striped={!finished}
            animated={!finished}
            size="lg"
            radius="xl"
            aria-label={t('brand.imports.progressLabel')}
            data-testid="import-progress"
          />
          <Text fz="sm" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="import-progress-text">
            {t('brand.imports.progress', {
              processed: format.number(productImport.processedRows),
              total: format.number(productImport.totalRows),
              percent,
            })}
          </Text>
        </Stack>

        {productImport.status === 'FAILED' && (
          <Alert color="red" variant="light" icon={<IconAlert />} data-testid="import-failed">
            {t('brand.imports.failed')}
          </Alert>
        )}

        {finished && (
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
            {counts.map((c) => (
              <Paper key={c.key} withBorder radius="md" p="sm" data-testid={`import-count-${c.key}`} data-value={c.value}>
                <Text fz="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: 0.3 }}>
                  {t(`brand.imports.counts.${c.key}`)}
                </Text>
                <Text fz="xl" fw={700} c={c.value > 0 ? c.color : 'dimmed'} style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {format.number(c.value)}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
        )}

        {productImport.status === 'DONE' && productImport.rejectedRows === 0 && (
          <Alert color="green" variant="light" icon={<IconCheck />} data-testid="import-all-accepted">
            {t('brand.imports.allAccepted')}
          </Alert>
        )}

        {finished && productImport.rejectedRows > 0 && (
          <Stack gap="xs">
            <Title order={3} fz="h5">
              {t('brand.imports.report.title')}
            </Title>
            <DataTable<ProductImportRowFieldsFragment>
              testId="import-rejected"
              rowTestId="import-rejected-row"
              records={rows?.items}
              total={rows?.total}
              columns={columns}
              loading={rejected.loading}
              error={rejected.error}
              onRetry={() => void rejected.refetch()}
              offset={offset}
              limit={REJECTED_PAGE}
              onOffsetChange={setOffset}
            />
          </Stack>
        )}

        {finished && productImport.acceptedRows > 0 && (
          <Group>
            <Button component={Link} to="/products" variant="light" data-testid="import-open-products">
              {t('brand.imports.openProducts')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
