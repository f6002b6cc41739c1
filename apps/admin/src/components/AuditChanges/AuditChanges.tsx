import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Snapshot = Record<string, unknown> | null;

function show(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** before/after as one row per field, changed fields highlighted: easier to read than two JSON blobs. */
export function AuditChanges({ before, after }: { before: Snapshot; after: Snapshot }) {
  const { t } = useTranslation();
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
          const from = show(before?.[key]);
          const to = show(after?.[key]);
          const changed = from !== to;
          return (
            <Table.Tr key={key} bg={changed ? 'yellow.0' : undefined}>
              <Table.Td ff="monospace">{key}</Table.Td>
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
