import { Badge, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { BrandPromotionMembersDocument, type MemberStage } from '@motiva/schema';
import { DataTable, StatusBadge, useFormat, type TableColumn } from '@motiva/ui';
import type { PayoutFormat } from '../shared/payout';
import { useMemberText, type Member } from './memberFormat';

export interface MemberTableProps {
  promotionId: string;
  search: string;
  stage: MemberStage | null;
  active: boolean | null;
  offset: number;
  limit: number;
  onOffsetChange: (offset: number) => void;
  onLimitChange: (limit: number) => void;
  fmt: PayoutFormat;
  selected: ReadonlyMap<string, Member>;
  onSelectedChange: (members: Member[]) => void;
  onOpen: (member: Member) => void;
  /** The promotion uses promo codes: a column shows each member's current code and its expiry. */
  showCodes?: boolean;
}

/** The same members as a paged table, for picking many at once with checkboxes. */
export function MemberTable({
  promotionId,
  search,
  stage,
  active,
  offset,
  limit,
  onOffsetChange,
  onLimitChange,
  fmt,
  selected,
  onSelectedChange,
  onOpen,
  showCodes = false,
}: MemberTableProps) {
  const { t } = useTranslation();
  const text = useMemberText(fmt);
  const format = useFormat();
  const { data, previousData, loading, error, refetch } = useQuery(BrandPromotionMembersDocument, {
    variables: { promotionId, filter: { stage, search: search || null, active }, page: { offset, limit } },
    notifyOnNetworkStatusChange: true,
  });
  const page = (data ?? previousData)?.promotionMembers;
  const filtered = !!search || stage !== null || active !== null;

  const columns: TableColumn<Member>[] = [
    {
      accessor: 'participant',
      title: t('brand.promotions.members.participant'),
      // The longest text of the row: it gets the room, the short columns stay on one line.
      cellsStyle: () => ({ minWidth: 200 }),
      render: (m) => (
        <Stack gap={0}>
          <Text fz="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
            {m.participant.name}
          </Text>
          <Text fz="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {text.origin(m)}
          </Text>
        </Stack>
      ),
    },
    {
      accessor: 'stage',
      title: `${t('brand.promotions.members.stage')} · ${t('brand.promotions.members.activeColumn')}`,
      // The stage and whether sales count for the member: one column, so the table fits a 1280 px screen.
      render: (m) => (
        <Stack gap={4} align="flex-start">
          <StatusBadge kind="stage" status={m.stage} />
          <Badge variant="light" radius="sm" color={m.active ? 'green' : 'gray'} style={{ minWidth: 'max-content' }}>
            {t(m.active ? 'brand.promotions.members.active' : 'brand.promotions.members.inactive')}
          </Badge>
        </Stack>
      ),
    },
    {
      accessor: 'payoutOption',
      title: t('brand.promotions.members.payoutOption'),
      cellsStyle: () => ({ minWidth: 160 }),
      // The member's own value, when set, under the option it replaces (as on the board's cards).
      render: (m) => {
        const override = text.override(m);
        return (
          <Stack gap={0}>
            <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
              {m.payoutOption.name}
            </Text>
            <Text
              fz="xs"
              c="dimmed"
              td={override ? 'line-through' : undefined}
              style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}
            >
              {fmt.withUnit(m.payoutOption.kind, m.payoutOption.value)}
            </Text>
            {override && (
              <Text fz="xs" fw={600} c="grape.8" maw={200} style={{ fontVariantNumeric: 'tabular-nums' }}>
                {t('brand.promotions.members.overrideShort', { value: override })}
              </Text>
            )}
          </Stack>
        );
      },
    },
    {
      accessor: 'validTo',
      title: t('brand.promotions.members.validity'),
      numeric: true,
      render: (m) =>
        m.validFrom || m.validTo ? (
          <Stack gap={0} align="flex-end">
            {m.validFrom && (
              <Text fz="sm" style={{ whiteSpace: 'nowrap' }}>
                {t('brand.promotions.members.fromDate', { date: format.date(m.validFrom) })}
              </Text>
            )}
            {m.validTo && (
              <Text fz="sm" style={{ whiteSpace: 'nowrap' }}>
                {t('brand.promotions.members.toDate', { date: format.date(m.validTo) })}
              </Text>
            )}
          </Stack>
        ) : (
          <Text span c="dimmed" fz="sm">
            {t('common.notSet')}
          </Text>
        ),
    },
    ...(!showCodes
      ? []
      : [
          {
            accessor: 'promoCode',
            title: t('brand.promotions.tracking.member.code'),
            render: (m) =>
              m.promoCode ? (
                <Stack gap={2}>
                  <Group gap={6} wrap="nowrap">
                    <Text ff="monospace" fz="sm" style={{ whiteSpace: 'nowrap' }} data-testid="member-row-code">
                      {m.promoCode.code}
                    </Text>
                    {m.promoCode.status !== 'ACTIVE' && (
                      <Badge variant="light" color="gray" radius="sm">
                        {t(`brand.promotions.tracking.member.status.${m.promoCode.status}`)}
                      </Badge>
                    )}
                  </Group>
                  <Text fz="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {m.promoCode.expiresAt
                      ? t('brand.promotions.tracking.member.expires', { date: format.date(m.promoCode.expiresAt) })
                      : t('brand.promotions.tracking.member.noExpiry')}
                  </Text>
                </Stack>
              ) : (
                <Text span c="dimmed" fz="sm">
                  {t('brand.promotions.tracking.member.noCode')}
                </Text>
              ),
          } satisfies TableColumn<Member>,
        ]),
  ];

  return (
    <DataTable<Member>
      testId="members-table"
      rowTestId={(m) => `member-row-${m.participant.name}`}
      records={page?.items}
      total={page?.total}
      columns={columns}
      loading={loading}
      error={error}
      onRetry={() => void refetch()}
      offset={offset}
      limit={limit}
      onOffsetChange={onOffsetChange}
      onLimitChange={onLimitChange}
      onRowClick={onOpen}
      filtered={filtered}
      emptyTitle={filtered ? undefined : t('brand.promotions.members.emptyTitle')}
      emptyDescription={filtered ? undefined : t('brand.promotions.members.emptyText')}
      selectedRecords={[...selected.values()]}
      onSelectedRecordsChange={onSelectedChange}
      selectionLabel={(m) => t('brand.promotions.members.select', { name: m.participant.name })}
    />
  );
}
