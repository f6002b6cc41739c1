import { Alert, Anchor, Grid, Group, Image, Loader, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { MySaleDocument, type MySaleQuery } from '@motiva/schema';
import { DetailList, ErrorState, PageHeader, StatusBadge, useFormat } from '@motiva/ui';
import { DecisionReason } from '../../components/DecisionReason';
import { RewardSummary } from '../../components/RewardSummary';
import { Section } from '../../components/Section';

type Sale = MySaleQuery['sale'];
const numeric = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

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

function SaleView({ sale }: { sale: Sale }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (m: { amountMinor: string; currency: string }) => format.money(m.amountMinor, m.currency);
  const statusText: Record<string, string> = {
    PENDING: t('participant.sales.detail.pendingText'),
    APPROVED: t('participant.sales.detail.approvedText'),
    REVERSED: t('participant.sales.detail.reversedText'),
  };
  return (
    <>
      <PageHeader
        title={t('participant.sales.detail.title', { date: format.date(sale.receiptDate) })}
        description={
          <Anchor component={Link} to={`/promotions/${sale.promotion.id}`} fz="sm">
            {sale.promotion.name} · {sale.promotion.brand.legalName}
          </Anchor>
        }
        actions={<StatusBadge kind="sale" status={sale.status} testId="sale-status" />}
      />
      {sale.status === 'REJECTED' ? (
        <Alert color="red" variant="light" title={t('participant.sales.detail.rejectedTitle')} data-testid="sale-rejected">
          <DecisionReason sale={sale} />
        </Alert>
      ) : (
        <Alert
          color={sale.status === 'APPROVED' ? 'teal' : sale.status === 'PENDING' ? 'yellow' : 'gray'}
          variant="light"
          data-testid="sale-status-text"
        >
          {statusText[sale.status]}
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="lg">
            <Section title={t('participant.sales.detail.receipt')} testId="sale-receipt">
              <DetailList
                items={[
                  { label: t('participant.sales.detail.submitted'), value: format.dateTime(sale.submittedAt), numeric: true },
                  sale.fiscal
                    ? {
                        label: t('participant.sales.detail.purchasedAt'),
                        // The QR's wall-clock time, kept as if UTC: shown as printed.
                        value: `${format.date(sale.fiscal.purchasedAt.slice(0, 10))} ${sale.fiscal.purchasedAt.slice(11, 16)}`,
                        numeric: true,
                      }
                    : { label: t('participant.sales.receipt.date'), value: format.date(sale.receiptDate), numeric: true },
                  sale.receiptNumber ? { label: t('participant.sales.receipt.number'), value: sale.receiptNumber, numeric: true } : null,
                  sale.fiscal
                    ? { label: t('participant.sales.detail.receiptTotal'), value: money(sale.fiscal.total), numeric: true }
                    : null,
                  sale.fiscal ? { label: t('participant.sales.receipt.fn'), value: sale.fiscal.fn, numeric: true } : null,
                  sale.fiscal ? { label: t('participant.sales.receipt.i'), value: sale.fiscal.i, numeric: true } : null,
                  sale.fiscal ? { label: t('participant.sales.receipt.fp'), value: sale.fiscal.fp, numeric: true } : null,
                  {
                    label: t('participant.sales.detail.verification'),
                    value: <StatusBadge kind="receipt" status={sale.verification} testId="sale-verification" />,
                  },
                ].filter((item) => !!item)}
              />
            </Section>
            <Section title={t('participant.sales.lines.title')} testId="sale-lines">
              <Stack gap={0}>
                {sale.lines.map((line, index) => (
                  <Group
                    key={`${line.productId}-${index}`}
                    justify="space-between"
                    align="flex-start"
                    wrap="nowrap"
                    gap="sm"
                    py="xs"
                    style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
                    data-testid="sale-line-row"
                  >
                    <Stack gap={0} style={{ minWidth: 0 }}>
                      <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
                        {line.productName}
                      </Text>
                      <Text fz="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
                        {line.sku} · {format.number(line.quantity)} × {money(line.unitPrice)}
                      </Text>
                    </Stack>
                    <Text fz="sm" style={numeric}>
                      {format.money(BigInt(line.unitPrice.amountMinor) * BigInt(line.quantity), line.unitPrice.currency)}
                    </Text>
                  </Group>
                ))}
                <Group justify="space-between" wrap="nowrap" gap="sm" pt="xs">
                  <Text fz="sm" fw={700}>
                    {t('participant.sales.lines.total')}
                  </Text>
                  <Text fz="sm" fw={700} style={numeric} data-testid="sale-amount">
                    {money(sale.amount)}
                  </Text>
                </Group>
              </Stack>
            </Section>
            <Section title={t('participant.sales.photos.title')} testId="sale-photos">
              {sale.photos.length === 0 ? (
                <Text c="dimmed" fz="sm">
                  {t('participant.sales.detail.noPhotos')}
                </Text>
              ) : (
                <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
                  {sale.photos.map((photo) => (
                    <Anchor key={photo.id} href={photo.url} target="_blank" rel="noopener" data-testid="sale-photo">
                      <Image src={photo.thumbnailUrl} alt={t('participant.sales.detail.photoAlt')} h={140} radius="sm" fit="cover" />
                    </Anchor>
                  ))}
                </SimpleGrid>
              )}
            </Section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Section title={t('participant.sales.detail.reward')} testId="sale-reward">
            <RewardSummary preview={sale.explanation} testId="sale-explanation" />
            {sale.status !== 'APPROVED' && sale.status !== 'PENDING' && (
              <Text fz="xs" c="dimmed" mt="sm">
                {t('participant.sales.detail.noReward')}
              </Text>
            )}
          </Section>
        </Grid.Col>
      </Grid>
    </>
  );
}
