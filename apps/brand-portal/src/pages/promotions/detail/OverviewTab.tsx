import type { ReactNode } from 'react';
import { Badge, Grid, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BrandPromotionFieldsFragment } from '@motiva/schema';
import { DetailList, StatusBadge, useFormat } from '@motiva/ui';
import { usePayoutFormat } from '../shared/payout';
import { MEMBER_STAGES } from '../shared/status';

function Card({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <Paper withBorder radius="md" p="lg" data-testid={testId}>
      <Title order={2} fz="h4" mb="md">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

const num = { textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;

/** Everything about a promotion, read-only: what participants will see and what the brand set up. */
export function OverviewTab({ promotion }: { promotion: BrandPromotionFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const fmt = usePayoutFormat(promotion.currency);
  const options = [...promotion.payoutOptions].sort((a, b) => a.position - b.position);
  const counts = new Map((promotion.memberStageCounts ?? []).map((c) => [c.stage, c.count]));
  const noCap = <Text c="dimmed">{t('brand.promotions.overview.noCap')}</Text>;

  return (
    <Grid gap="lg" data-testid="promotion-overview">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <Stack gap="lg">
          <Card title={t('brand.promotions.overview.about')} testId="overview-about">
            <Stack gap="md">
              <Stack gap={4}>
                <Text fz="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
                  {t('brand.promotions.fields.description')}
                </Text>
                <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} c={promotion.description ? undefined : 'dimmed'} data-testid="overview-description">
                  {promotion.description || t('brand.promotions.overview.noDescription')}
                </Text>
              </Stack>
              <Stack gap={4}>
                <Text fz="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
                  {t('brand.promotions.fields.rules')}
                </Text>
                <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} c={promotion.rules ? undefined : 'dimmed'} data-testid="overview-rules">
                  {promotion.rules || t('brand.promotions.overview.noRules')}
                </Text>
              </Stack>
            </Stack>
          </Card>

          <Card title={t('brand.promotions.editor.payoutOptions')} testId="overview-payout-options">
            <Table.ScrollContainer minWidth={560}>
              <Table verticalSpacing="sm" horizontalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('brand.promotions.payout.name')}</Table.Th>
                    <Table.Th>{t('brand.promotions.payout.kind')}</Table.Th>
                    <Table.Th style={{ textAlign: 'right' }}>{t('brand.promotions.payout.value')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {options.map((o) => (
                    <Table.Tr key={o.id} data-testid="overview-payout-option">
                      <Table.Td>
                        <Group gap="xs" wrap="wrap">
                          <Text fz="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                            {o.name}
                          </Text>
                          {o.isDefault && (
                            <Badge variant="light" radius="sm" color="motiva">
                              {t('brand.promotions.payout.default')}
                            </Badge>
                          )}
                        </Group>
                        {o.productValues.length > 0 && (
                          <Stack gap={0} mt={4}>
                            {o.productValues.map((pv) => (
                              <Text key={pv.productId} fz="xs" c="dimmed">
                                {t('brand.promotions.overview.productValue', { product: pv.productName, value: fmt.withUnit('PER_UNIT', pv.value) })}
                              </Text>
                            ))}
                          </Stack>
                        )}
                      </Table.Td>
                      <Table.Td>{t(`brand.promotions.payout.kinds.${o.kind}`)}</Table.Td>
                      <Table.Td style={num} data-testid="overview-payout-value">
                        {fmt.withUnit(o.kind, o.value)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Card>

          <Card title={t('brand.promotions.fields.products')} testId="overview-products">
            {promotion.products.length === 0 ? (
              <Text c="dimmed" fz="sm">
                {t('brand.promotions.overview.noProducts')}
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={560}>
                <Table verticalSpacing="sm" horizontalSpacing="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('brand.promotions.products.product')}</Table.Th>
                      <Table.Th>{t('brand.promotions.products.sku')}</Table.Th>
                      <Table.Th style={{ textAlign: 'right' }}>{t('brand.promotions.products.listPrice')}</Table.Th>
                      <Table.Th>{t('brand.promotions.products.status')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {promotion.products.map((p) => (
                      <Table.Tr key={p.id}>
                        <Table.Td style={{ overflowWrap: 'anywhere' }}>{p.name}</Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{p.sku}</Table.Td>
                        <Table.Td style={num}>{format.money(p.listPrice.amountMinor, p.listPrice.currency)}</Table.Td>
                        <Table.Td>
                          <StatusBadge status={p.status} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Card>
        </Stack>
      </Grid.Col>

      <Grid.Col span={{ base: 12, lg: 4 }}>
        <Stack gap="lg">
          <Card title={t('brand.promotions.overview.terms')} testId="overview-terms">
            <DetailList
              cols={1}
              items={[
                { label: t('brand.promotions.fields.startsAt'), value: format.dateTime(promotion.startsAt), numeric: true, testId: 'overview-starts-at' },
                { label: t('brand.promotions.fields.endsAt'), value: format.dateTime(promotion.endsAt), numeric: true, testId: 'overview-ends-at' },
                {
                  label: t('brand.promotions.fields.audience'),
                  testId: 'overview-audience',
                  value: (
                    <Stack gap={2}>
                      <Text>{t(`brand.promotions.audience.${promotion.audience}`)}</Text>
                      {promotion.audience === 'CHOSEN_PARTNERS' &&
                        (promotion.audiencePartners ?? []).map((p) => (
                          <Text key={p.id} fz="sm" c="dimmed">
                            {p.legalName}
                          </Text>
                        ))}
                    </Stack>
                  ),
                },
                {
                  label: t('brand.promotions.fields.trackingModes'),
                  value: (
                    <Group gap={6}>
                      {promotion.trackingModes.map((m) => (
                        <Badge key={m} variant="outline" color="gray" radius="sm" style={{ minWidth: 'max-content' }}>
                          {t(`brand.promotions.tracking.${m}`)}
                        </Badge>
                      ))}
                    </Group>
                  ),
                },
                { label: t('brand.promotions.fields.currency'), value: promotion.currency },
                { label: t('brand.promotions.fields.budgetCap'), value: promotion.budgetCap ? fmt.money(promotion.budgetCap.amountMinor) : noCap, numeric: true, testId: 'overview-budget-cap' },
                {
                  label: t('brand.promotions.fields.perParticipantCap'),
                  value: promotion.perParticipantCap ? fmt.money(promotion.perParticipantCap.amountMinor) : noCap,
                  numeric: true,
                  testId: 'overview-per-participant-cap',
                },
                { label: t('brand.promotions.fields.holdingDays'), value: t('brand.promotions.overview.days', { count: promotion.holdingDays }), numeric: true },
                { label: t('brand.promotions.fields.createdAt'), value: format.dateTime(promotion.createdAt), numeric: true },
                { label: t('brand.promotions.fields.updatedAt'), value: format.dateTime(promotion.updatedAt), numeric: true },
              ]}
            />
          </Card>
          <Card title={t('brand.promotions.fields.members')} testId="overview-members">
            <Stack gap={6}>
              {MEMBER_STAGES.map((stage) => (
                <Group key={stage} justify="space-between" wrap="nowrap">
                  <Text fz="sm">{t(`brand.promotions.stage.${stage}`)}</Text>
                  <Text fz="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid={`overview-stage-${stage}`}>
                    {format.number(counts.get(stage) ?? 0)}
                  </Text>
                </Group>
              ))}
              <Group justify="space-between" wrap="nowrap" pt={6} style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
                <Text fz="sm" fw={600}>
                  {t('brand.promotions.overview.total')}
                </Text>
                <Text fz="sm" fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {format.number(promotion.memberCount)}
                </Text>
              </Group>
            </Stack>
          </Card>
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
