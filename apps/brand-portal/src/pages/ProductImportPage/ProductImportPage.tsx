import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Anchor, Button, FileInput, Group, Paper, Stack, Table, Text, Title, type MantineTheme } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ProductImportsDocument, type ProductImportFieldsFragment } from '@motiva/schema';
import { DataTable, DateTimeCell, IconAlert, PageHeader, StatusBadge, useFormat, useListParams, type TableColumn } from '@motiva/ui';
import { ImportStatus } from './ImportStatus';
import { COLUMNS, SAMPLE_HREF } from './sample';
import { MAX_FILE_MB, MAX_ROWS, UploadError, uploadProductImport } from './uploadProductImport';

const wide = (theme: MantineTheme) => `(min-width: ${theme.breakpoints.md})`;

/**
 * Products from a CSV file: upload, watch the job's progress, read the report of rejected rows, and
 * look back at earlier imports. The import being watched is in the URL (?import=id).
 */
export function ProductImportPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useListParams({ filters: {}, sort: { column: 'createdAt', direction: 'desc' }, limit: 10 });
  const watched = list.param('import');
  const imports = useQuery(ProductImportsDocument, {
    variables: { page: { offset: list.offset, limit: list.limit } },
    notifyOnNetworkStatusChange: true,
  });
  const page = (imports.data ?? imports.previousData)?.productImports;

  const [file, setFile] = useState<File | null>(null);
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<UploadError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setUploading(true);
    setUploadError(null);
    try {
      const id = await uploadProductImport(file);
      setFile(null);
      list.setParam('import', id);
      void imports.refetch();
    } catch (error) {
      setUploadError(error instanceof UploadError ? error : new UploadError('INTERNAL_SERVER_ERROR', String(error)));
    } finally {
      setUploading(false);
    }
  };

  const columns: TableColumn<ProductImportFieldsFragment>[] = [
    {
      accessor: 'fileName',
      title: t('brand.imports.history.file'),
      render: (row) => (
        <Text fz="sm" fw={500} style={{ overflowWrap: 'break-word' }}>
          {row.fileName}
        </Text>
      ),
    },
    {
      accessor: 'createdAt',
      title: t('brand.imports.history.uploaded'),
      tabular: true,
      visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.sm})`,
      render: (row) => <DateTimeCell value={row.createdAt} />,
    },
    {
      accessor: 'status',
      title: t('brand.imports.history.status'),
      render: (row) => <StatusBadge kind="import" status={row.status} testId="import-row-status" />,
    },
    // Narrow screens keep the file, date and status; the counts are one tap away in the report.
    {
      accessor: 'totalRows',
      title: t('brand.imports.history.rows'),
      numeric: true,
      visibleMediaQuery: wide,
      render: (row) => format.number(row.totalRows),
    },
    {
      accessor: 'createdRows',
      title: t('brand.imports.counts.created'),
      numeric: true,
      visibleMediaQuery: wide,
      render: (row) => format.number(row.createdRows),
    },
    {
      accessor: 'updatedRows',
      title: t('brand.imports.counts.updated'),
      numeric: true,
      visibleMediaQuery: wide,
      render: (row) => format.number(row.updatedRows),
    },
    {
      accessor: 'unchangedRows',
      title: t('brand.imports.counts.unchanged'),
      numeric: true,
      visibleMediaQuery: wide,
      render: (row) => format.number(row.unchangedRows),
    },
    {
      accessor: 'rejectedRows',
      title: t('brand.imports.counts.rejected'),
      numeric: true,
      visibleMediaQuery: wide,
      render: (row) => (
        <Text fz="sm" c={row.rejectedRows > 0 ? 'red' : undefined} inherit>
          {format.number(row.rejectedRows)}
        </Text>
      ),
    },
  ];

  return (
    <Stack gap="lg" data-testid="product-import-page">
      <PageHeader
        title={t('brand.imports.title')}
        description={t('brand.imports.subtitle')}
        actions={
          <Button component={Link} to="/products" variant="default" data-testid="import-back">
            {t('brand.imports.backToProducts')}
          </Button>
        }
      />

      <Paper withBorder radius="md" p="lg" component="form" onSubmit={submit} data-testid="import-upload">
        <Stack gap="md">
          <Stack gap={4}>
            <Title order={2} fz="h4">
              {t('brand.imports.upload.title')}
            </Title>
            <Text fz="sm" c="dimmed">
              {t('brand.imports.upload.description')}
            </Text>
          </Stack>
          <Table withTableBorder verticalSpacing={6} fz="sm" data-testid="import-columns">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('brand.imports.columns.column')}</Table.Th>
                <Table.Th>{t('brand.imports.columns.meaning')}</Table.Th>
                <Table.Th visibleFrom="sm">{t('brand.imports.columns.example')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {COLUMNS.map((column) => (
                <Table.Tr key={column.name}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text ff="monospace" fz="sm" span>
                      {column.name}
                    </Text>
                    {column.required && (
                      <Text c="red" span aria-label={t('brand.imports.columns.required')}>
                        {' *'}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{t(`brand.imports.columns.${column.name}`)}</Table.Td>
                  <Table.Td visibleFrom="sm">
                    <Text ff="monospace" fz="sm" span style={{ overflowWrap: 'anywhere' }}>
                      {column.example}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text fz="sm" c="dimmed">
            {t('brand.imports.upload.rules', { maxMb: MAX_FILE_MB, maxRows: format.number(MAX_ROWS) })}
          </Text>
          <Group align="flex-end" gap="sm" wrap="wrap">
            <FileInput
              label={t('brand.imports.upload.file')}
              placeholder={t('brand.imports.upload.choose')}
              accept=".csv,text/csv"
              value={file}
              onChange={(value) => {
                setFile(value);
                setUploadError(null);
              }}
              clearable
              w={{ base: '100%', sm: 360 }}
              data-testid="import-file"
            />
            <Button type="submit" disabled={!file} loading={uploading} data-testid="import-submit">
              {t('brand.imports.upload.submit')}
            </Button>
            <Anchor href={SAMPLE_HREF} download="motiva-products-sample.csv" fz="sm" lh="36px" data-testid="import-sample">
              {t('brand.imports.upload.sample')}
            </Anchor>
          </Group>
          {uploadError && (
            <Alert color="red" variant="light" icon={<IconAlert />} role="alert" data-testid="import-error" data-code={uploadError.code}>
              {t(`brand.imports.errors.${uploadError.code}`, {
                defaultValue: uploadError.message,
                columns: ((uploadError.details.missingColumns as string[] | undefined) ?? []).join(', '),
                maxMb: MAX_FILE_MB,
                maxRows: format.number(MAX_ROWS),
              })}
            </Alert>
          )}
        </Stack>
      </Paper>

      {watched && <ImportStatus key={watched} id={watched} onFinished={() => void imports.refetch()} />}

      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t('brand.imports.history.title')}
        </Title>
        <DataTable<ProductImportFieldsFragment>
          testId="imports-table"
          rowTestId="import-row"
          records={page?.items}
          total={page?.total}
          columns={columns}
          loading={imports.loading}
          error={imports.error}
          onRetry={() => void imports.refetch()}
          offset={list.offset}
          limit={list.limit}
          onOffsetChange={list.tableProps.onOffsetChange}
          onRowClick={(row) => list.setParam('import', row.id)}
          emptyTitle={t('brand.imports.history.emptyTitle')}
          emptyDescription={t('brand.imports.history.emptyText')}
        />
      </Stack>
    </Stack>
  );
}
