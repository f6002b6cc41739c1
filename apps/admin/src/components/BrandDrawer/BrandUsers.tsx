import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BrandUserFieldsFragment } from '@motiva/schema';
import { DateTimeCell } from '@motiva/ui';

/** The people who can sign in for the brand, in the order they were invited. */
export function BrandUsers({ users }: { users: BrandUserFieldsFragment[] }) {
  const { t } = useTranslation();
  if (users.length === 0) {
    return (
      <Text c="dimmed" fz="sm" data-testid="brand-users-empty">
        {t('admin.brands.usersSection.empty')}
      </Text>
    );
  }
  const sorted = [...users].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table verticalSpacing="xs" horizontalSpacing="sm" withTableBorder data-testid="brand-users">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('admin.brands.usersSection.name')}</Table.Th>
            <Table.Th>{t('admin.brands.usersSection.email')}</Table.Th>
            <Table.Th ta="right">{t('admin.brands.usersSection.invited')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((user) => (
            <Table.Tr key={user.id} data-testid="brand-user" data-email={user.email}>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{user.name}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{user.email}</Table.Td>
              <Table.Td w={1} style={{ whiteSpace: 'nowrap' }}>
                <DateTimeCell value={user.createdAt} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
