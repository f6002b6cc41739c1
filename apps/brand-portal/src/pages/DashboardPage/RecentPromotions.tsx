import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { BrandPromotionsDocument } from '@motiva/schema';
import { EmptyState, ErrorState, StatusBadge, useFormat } from '@motiva/ui';

/** The brand's latest promotions on the dashboard, or the way to create the first one. */
export function RecentPromotions() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(BrandPromotionsDocument, {
    variables: { sort: { field: 'UPDATED_AT', direction: 'DESC' }, page: { offset: 0, limit: 5 } },
  });
  const page = data?.promotions;

  if (error && !loading) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!page) return null;
  if (page.total === 0) {
    return (
      <EmptyState
        testId="promotions-empty"
        title={t('brand.dashboard.emptyTitle')}
        description={t('brand.dashboard.emptyText')}
        action={
          <Button component={Link} to="/promotions/new" variant="light" mt="xs" data-testid="dashboard-promotion-new">
            {t('brand.promotions.new')}
          </Button>
        }
      />
    );
  }
  return (
    <Stack gap="sm" data-testid="dashboard-promotions">
      <Table highlightOnHover verticalSpacing="sm">
        <Table.Tbody>
          {page.items.map((p) => (
            <Table.Tr
              key={p.id}
              style={{ cursor: 'pointer' }}
              onClick={() => navigate(`/promotions/${p.id}`)}
              data-testid="dashboard-promotion"
            >
              <Table.Td>
                <Text fz="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                  {p.name}
                </Text>
              </Table.Td>
              <Table.Td>
                <StatusBadge kind="promotion" status={p.status} testId="promotion-status" />
              </Table.Td>
              <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                <Text fz="sm" c="dimmed">
                  {t('brand.promotions.detail.dates', { start: format.date(p.startsAt), end: format.date(p.endsAt) })}
                </Text>
              </Table.Td>
              <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                <Text fz="sm">{t('brand.promotions.dashboardMembers', { count: p.memberCount })}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group justify="space-between">
        <Anchor component={Link} to="/promotions" fz="sm" data-testid="dashboard-all-promotions">
          {t('brand.promotions.dashboardAll', { count: page.total })}
        </Anchor>
        <Button component={Link} to="/promotions/new" variant="light" size="xs">
          {t('brand.promotions.new')}
        </Button>
      </Group>
    </Stack>
  );
}
