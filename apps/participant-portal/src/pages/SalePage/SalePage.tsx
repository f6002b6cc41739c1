import { Alert, Anchor, Group, Loader, Paper, Stack } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { MySaleDocument, type MySaleQuery } from '@motiva/schema';
import { ErrorState, PageHeader, SaleDetails, useFormat } from '@motiva/ui';

type Sale = MySaleQuery['sale'];

/** /sales/:id: one of the participant's sales: status and reasons, reward and how, lines, photos, receipt and its check. */
export function SalePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(MySaleDocument, { variables: { id } });
  const sale = data?.sale;
  return (
    <Stack gap="lg" data-testid="sale-page">
      <Anchor component={Link} to="/sales" fz="sm" data-testid="back-to-sales">
        ← {t('participant.sales.backToSales')}
      </Anchor>
      {sale ? (
        <SaleView sale={sale} />
      ) : error ? (
        <Paper withBorder radius="md">
          <ErrorState error={error} onRetry={() => void refetch()} />
        </Paper>
      ) : loading ? (
        <Group justify="center" py="xl">
          <Loader />
        </Group>
      ) : null}
    </Stack>
  );
}

const STATUS_COLOR = { PENDING: 'yellow', APPROVED: 'teal', REJECTED: 'red', REVERSED: 'gray' } as const;

function SaleView({ sale }: { sale: Sale }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <PageHeader
        title={t('participant.sales.detail.title', { date: format.receiptDate(sale.receiptDate) })}
        description={
          <Anchor component={Link} to={`/promotions/${sale.promotion.id}`} fz="sm" data-testid="sale-promotion-link">
            {sale.promotion.name} · {sale.promotion.brand.legalName}
          </Anchor>
        }
      />
      <Alert color={STATUS_COLOR[sale.status]} variant="light" data-testid="sale-status-text">
        {t(`participant.sales.detail.statusText.${sale.status}`)}
      </Alert>
      <SaleDetails sale={sale} />
    </>
  );
}
