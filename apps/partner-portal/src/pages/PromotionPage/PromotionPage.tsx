import type { ReactNode } from 'react';
import { Anchor, Badge, Grid, Group, Loader, Paper, Select, Stack, Table, Text, Title, type MantineTheme } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import {
  PartnerPromotionDocument,
  PartnerPromotionMembersDocument,
  type MemberStage,
  type PartnerPromotionMembersQuery,
  type PartnerPromotionQuery,
} from '@motiva/schema';
import {
  ALL,
  DataTable,
  DetailList,
  EmptyState,
  ErrorState,
  PageHeader,
  SearchFilter,
  StatusBadge,
  useFormat,
  useListParams,
  type TableColumn,
} from '@motiva/ui';
import { StageBadge, useDays, usePayoutText } from '../../lib/promotionText';

type Promotion = PartnerPromotionQuery['promotion'];
type Member = PartnerPromotionMembersQuery['promotionMembers']['items'][number];

/** Columns folded into the name cell (or dropped) on phones. */
const fromSm = (theme: MantineTheme) => `(min-width: ${theme.breakpoints.sm})`;
const STAGES: MemberStage[] = ['INVITED', 'ACCEPTED', 'ACTIVE', 'COMPLETED', 'DECLINED', 'LEFT'];
const numeric = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** One promotion open to the partner: what it is about, what it pays, and which of our people take part. */
export function PromotionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PartnerPromotionDocument, { variables: { id } });
  const promotion = data?.promotion;

  return (
    <Stack gap="lg" data-testid="partner-promotion">
      <Anchor component={Link} to="/promotions" fz="sm" data-testid="back-to-promotions">
        ← {t('partner.promotion.back')}
      </Anchor>
      {promotion ? (
        <PromotionDetails promotion={promotion} />
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

function Section({ title, description, children, testId }: { title: ReactNode; description?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md" data-testid={testId}>
      <Title order={2} fz="h4" mb={description ? 4 : 'md'}>
        {title}
      </Title>
      {description && (
        <Text c="dimmed" fz="sm" mb="md">
          {description}
        </Text>
      )}
      {children}
    </Paper>
  );
}

/** Brand-written text: keeps its line breaks, never overflows. */
function LongText({ text, testId }: { text: string; testId: string }) {
  const { t } = useTranslation();
  return text.trim() ? (
    <Text data-testid={testId} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {text}
    </Text>
  ) : (
    <Text c="dimmed" fz="sm" data-testid={testId}>
      {t('partner.promotion.noText')}
    </Text>
  );
}

function PromotionDetails({ promotion }: { promotion: Promotion }) {
  const { t } = useTranslation();
  const format = useFormat();
  const payoutText = usePayoutText();
  const days = useDays();
  const earnings = new Map(promotion.earnings.map((e) => [e.product.id, e]));
  const cap = (money: Promotion['budgetCap']) => (money ? format.money(money.amountMinor, money.currency) : t('partner.promotion.noCap'));

  return (
    <>
      <PageHeader
        title={<span data-testid="promotion-name">{promotion.name}</span>}
        description={promotion.brand.legalName}
        actions={<StatusBadge status={promotion.status} testId="promotion-status" />}
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Section title={t('partner.promotion.about')} testId="promotion-about">
            <Stack gap="md">
              <Stack gap={4}>
                <Text fz="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
                  {t('partner.promotion.description')}
                </Text>
                <LongText text={promotion.description} testId="promotion-description" />
              </Stack>
              <Stack gap={4}>
                <Text fz="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
                  {t('partner.promotion.rules')}
                </Text>
                <LongText text={promotion.rules} testId="promotion-rules" />
              </Stack>
            </Stack>
          </Section>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Section title={t('partner.promotion.facts')} testId="promotion-facts">
            <DetailList
              items={[
                { label: t('partner.promotion.startsAt'), value: format.dateTime(promotion.startsAt), numeric: true },
                { label: t('partner.promotion.endsAt'), value: format.dateTime(promotion.endsAt), numeric: true },
                {
                  label: t('partner.promotion.trackingModes'),
                  value: (
                    <Group gap={6}>
                      {promotion.trackingModes.map((mode) => (
                        <Badge key={mode} variant="outline" color="gray" radius="sm" style={{ minWidth: 'max-content' }}>
                          {t(`partner.tracking.${mode}`)}
                        </Badge>
                      ))}
                    </Group>
                  ),
                },
                { label: t('partner.promotion.holding'), value: days(promotion.holdingDays), numeric: true },
                { label: t('partner.promotion.budgetCap'), value: cap(promotion.budgetCap), numeric: true },
                { label: t('partner.promotion.perParticipantCap'), value: cap(promotion.perParticipantCap), numeric: true },
                {
                  label: t('partner.promotion.memberCount'),
                  value: format.number(promotion.memberCount),
                  numeric: true,
                  testId: 'promotion-member-count',
                },
              ]}
            />
          </Section>
        </Grid.Col>
      </Grid>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Section title={t('partner.promotion.products')} testId="promotion-products">
            {promotion.products.length === 0 ? (
              <EmptyState title={t('partner.promotion.noProducts')} testId="products-empty" />
            ) : (
              <Table.ScrollContainer minWidth={280}>
                <Table verticalSpacing="sm" horizontalSpacing="xs" highlightOnHover>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('partner.promotion.product')}</Table.Th>
                      <Table.Th ta="right" visibleFrom="sm">
                        {t('partner.promotion.price')}
                      </Table.Th>
                      <Table.Th ta="right">{t('partner.promotion.earns')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {promotion.products.map((product) => {
                      const earning = earnings.get(product.id);
                      const price = format.money(product.listPrice.amountMinor, product.listPrice.currency);
                      return (
                        <Table.Tr key={product.id} data-testid="promotion-product">
                          <Table.Td>
                            <Text fz="sm" style={{ overflowWrap: 'break-word' }}>
                              {product.name}
                            </Text>
                            <Text fz="xs" c="dimmed" style={numeric}>
                              {product.sku}
                            </Text>
                            {/* On phones the price column is folded in under the name. */}
                            <Text fz="xs" c="dimmed" hiddenFrom="sm" style={numeric}>
                              {t('partner.promotion.price')}: {price}
                            </Text>
                          </Table.Td>
                          <Table.Td ta="right" visibleFrom="sm" style={numeric}>
                            {price}
                          </Table.Td>
                          <Table.Td ta="right" style={numeric}>
                            {earning ? format.money(earning.amount.amountMinor, earning.amount.currency) : t('common.notSet')}
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Section>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Section title={t('partner.promotion.payoutOptions')} testId="promotion-payout-options">
            {promotion.payoutOptions.length === 0 ? (
              <EmptyState title={t('partner.promotion.noOptions')} testId="payout-options-empty" />
            ) : (
              <Stack gap="sm">
                {promotion.payoutOptions.map((option) => (
                  <Paper key={option.id} withBorder radius="md" p="sm" data-testid="payout-option">
                    <Group justify="space-between" gap="xs" align="flex-start">
                      <Stack gap={2} style={{ flex: '1 1 160px', minWidth: 0 }}>
                        <Group gap={6}>
                          <Text fw={600} style={{ overflowWrap: 'break-word' }}>
                            {option.name}
                          </Text>
                          {option.isDefault && (
                            <Badge size="sm" variant="light" radius="sm" style={{ minWidth: 'max-content' }}>
                              {t('partner.promotion.default')}
                            </Badge>
                          )}
                        </Group>
                        <Text fz="sm" c="dimmed">
                          {t(`partner.payout.kind.${option.kind}`)}
                        </Text>
                      </Stack>
                      <Text fw={600} ta="right" style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="payout-option-value">
                        {payoutText(option.kind, option.value, promotion.currency)}
                      </Text>
                    </Group>
                    {option.kind === 'PER_CLICK' && (
                      <Text fz="xs" c="dimmed" mt={4}>
                        {t('partner.payout.clicksOnly')}
                      </Text>
                    )}
                    {option.productValues.length > 0 && (
                      <Stack gap={2} mt="xs">
                        <Text fz="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
                          {t('partner.promotion.perProduct')}
                        </Text>
                        {option.productValues.map((pv) => (
                          <Group key={pv.productId} justify="space-between" gap="xs" align="flex-start">
                            <Text fz="sm" style={{ flex: '1 1 140px', overflowWrap: 'break-word' }}>
                              {pv.productName}
                            </Text>
                            <Text fz="sm" ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                              {payoutText(option.kind, pv.value, promotion.currency)}
                            </Text>
                          </Group>
                        ))}
                      </Stack>
                    )}
                  </Paper>
                ))}
              </Stack>
            )}
          </Section>
        </Grid.Col>
      </Grid>

      <Section title={t('partner.promotion.members')} description={t('partner.promotion.membersSubtitle')} testId="promotion-members">
        <MembersTable promotionId={promotion.id} currency={promotion.currency} />
      </Section>
    </>
  );
}

function MembersTable({ promotionId, currency }: { promotionId: string; currency: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const payoutText = usePayoutText();
  // Sorting is not offered by promotionMembers; filters and the page live in the URL.
  const list = useListParams({ filters: { stage: ALL, active: ALL, search: '' }, sort: { column: 'createdAt', direction: 'desc' } });
  const stage = STAGES.find((s) => s === list.filters.stage) ?? null;
  const active = list.filters.active === 'true' ? true : list.filters.active === 'false' ? false : null;
  const { data, previousData, loading, error, refetch } = useQuery(PartnerPromotionMembersDocument, {
    variables: {
      promotionId,
      filter: { stage, active, search: list.filters.search || null },
      page: { offset: list.offset, limit: list.limit },
    },
    notifyOnNetworkStatusChange: true,
  });
  const page = (data ?? previousData)?.promotionMembers;

  // The member's own value replaces the option's.
  const optionValue = (row: Member) =>
    row.overrideValue !== null
      ? t('partner.promotion.override', { value: payoutText(row.payoutOption.kind, row.overrideValue, currency) })
      : payoutText(row.payoutOption.kind, row.payoutOption.value, currency);

  const columns: TableColumn<Member>[] = [
    {
      accessor: 'participant.name',
      title: t('partner.promotion.memberName'),
      render: (row) => (
        <Stack gap={2}>
          <Text fz="sm" fw={600} style={{ overflowWrap: 'break-word' }}>
            {row.participant.name}
          </Text>
          {/* On phones the city, payout option and active columns are folded in here. */}
          <Text fz="xs" c="dimmed" hiddenFrom="sm">
            {row.participant.city}
          </Text>
          <Text fz="xs" hiddenFrom="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {row.payoutOption.name} · {optionValue(row)}
          </Text>
          {!row.active && (
            <Text fz="xs" c="red.7" hiddenFrom="sm">
              {t('partner.promotion.inactive')}
            </Text>
          )}
        </Stack>
      ),
    },
    { accessor: 'participant.city', title: t('partner.promotion.city'), visibleMediaQuery: fromSm },
    { accessor: 'stage', title: t('partner.promotion.stage'), render: (row) => <StageBadge stage={row.stage} /> },
    {
      accessor: 'active',
      title: t('partner.promotion.active'),
      visibleMediaQuery: fromSm,
      render: (row) => (
        <Badge color={row.active ? 'green' : 'gray'} variant="dot" radius="sm" style={{ minWidth: 'max-content' }} data-testid="active-badge">
          {row.active ? t('partner.yes') : t('partner.no')}
        </Badge>
      ),
    },
    {
      accessor: 'payoutOption.name',
      title: t('partner.promotion.payoutOption'),
      visibleMediaQuery: fromSm,
      render: (row) => (
        <Stack gap={0}>
          <Text fz="sm">{row.payoutOption.name}</Text>
          <Text fz="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {optionValue(row)}
          </Text>
        </Stack>
      ),
    },
    { accessor: 'createdAt', title: t('partner.promotion.since'), numeric: true, visibleMediaQuery: fromSm, render: (row) => format.date(row.createdAt) },
  ];
  const filtered = list.filters.stage !== ALL || list.filters.active !== ALL || list.filters.search !== '';

  return (
    <DataTable<Member>
      testId="promotion-members-table"
      rowTestId={(row) => `member-${row.participant.name}`}
      records={page?.items}
      total={page?.total}
      columns={columns}
      loading={loading}
      error={error}
      onRetry={() => void refetch()}
      offset={list.offset}
      limit={list.limit}
      onOffsetChange={list.setOffset}
      onLimitChange={list.setLimit}
      filtered={filtered}
      emptyTitle={filtered ? undefined : t('partner.promotion.membersEmptyTitle')}
      emptyDescription={filtered ? undefined : t('partner.promotion.membersEmptyText')}
      filters={
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Group gap="sm" wrap="wrap" style={{ flexGrow: 1 }}>
            <Select
              aria-label={t('partner.promotion.stageLabel')}
              data-testid="member-stage-filter"
              value={list.filters.stage}
              onChange={(value) => list.setFilter('stage', value ?? ALL)}
              allowDeselect={false}
              w={{ base: '100%', sm: 250 }}
              data={[{ value: ALL, label: t('partner.promotion.allStages') }, ...STAGES.map((s) => ({ value: s, label: t(`partner.stage.${s}`) }))]}
            />
            <Select
              aria-label={t('partner.promotion.activeLabel')}
              data-testid="member-active-filter"
              value={list.filters.active}
              onChange={(value) => list.setFilter('active', value ?? ALL)}
              allowDeselect={false}
              w={{ base: '100%', sm: 250 }}
              data={[
                { value: ALL, label: t('partner.promotion.anyActive') },
                { value: 'true', label: t('partner.promotion.onlyActive') },
                { value: 'false', label: t('partner.promotion.onlyInactive') },
              ]}
            />
          </Group>
          <SearchFilter value={list.filters.search} onChange={(value) => list.setFilter('search', value)} placeholder={t('partner.promotion.membersSearch')} />
        </Group>
      }
    />
  );
}
