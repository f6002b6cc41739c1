import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { statusLabelKey, type StatusKind } from '@motiva/ui';

type Snapshot = Record<string, unknown> | null;

function show(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** A snapshot field by its name in the portal's words where there is one (status, rejectionReason…), else its key. */
function useFieldLabel() {
  const { t } = useTranslation();
  return (key: string) => t(`history.fields.${key}`, { defaultValue: t(`admin.fields.${key}`, { defaultValue: key }) });
}

/** Whose statuses a record's `status` field holds, so it reads in that kind's words. */
const STATUS_KIND: Record<string, StatusKind> = {
  Participant: 'participant',
  Partner: 'partner',
  Brand: 'brand',
  Product: 'product',
  ProductImport: 'import',
  Promotion: 'promotion',
};

/** before/after as one row per field, changed fields highlighted: easier to read than two JSON blobs. */
export function AuditChanges({ entityType, before, after }: { entityType: string; before: Snapshot; after: Snapshot }) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  if (keys.length === 0) {
    return (
      <Text c="dimmed" fz="sm" p="md">
        {t('admin.audit.noData')}
      </Text>
    );
  }
  return (
    <Table withColumnBorders fz="sm" data-testid="audit-changes" layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="25%">{t('admin.audit.field')}</Table.Th>
          <Table.Th>{t('admin.audit.before')}</Table.Th>
          <Table.Th>{t('admin.audit.after')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {keys.map((key) => {
          // Statuses read as the portal says them; other values as recorded.
          const kind = STATUS_KIND[entityType];
          const word = (value: unknown) =>
            key === 'status' && kind && typeof value === 'string' ? t(statusLabelKey(kind, value), { defaultValue: value }) : show(value);
          const from = word(before?.[key]);
          const to = word(after?.[key]);
          const changed = from !== to;
          return (
            <Table.Tr key={key} bg={changed ? 'yellow.0' : undefined}>
              <Table.Td title={key}>{label(key)}</Table.Td>
              <Table.Td ff="monospace" c={changed ? 'red.8' : undefined} style={{ overflowWrap: 'anywhere' }}>
                {from || '—'}
              </Table.Td>
              <Table.Td ff="monospace" c={changed ? 'green.9' : undefined} style={{ overflowWrap: 'anywhere' }}>
                {to || '—'}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
