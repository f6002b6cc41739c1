import { useState } from 'react';
import { Button, Group, Paper, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MoveMemberStageDocument, type BrandPromotionFieldsFragment, type MemberStage } from '@motiva/schema';
import { ALL, SearchFilter, errorMessage, isStatusOf, notify, statusLabelKey, statusesOf, useListParams } from '@motiva/ui';
import { IconEdit, IconPlus } from '../shared/icons';
import { usePayoutFormat } from '../shared/payout';
import { ReasonTooltip } from '../shared/ReasonTooltip';
import { canAddMembers } from '../shared/status';
import { AddMembersDrawer } from './AddMembersDrawer';
import { BulkEditDrawer } from './BulkEditDrawer';
import { MemberBoard } from './MemberBoard';
import { MemberDrawer } from './MemberDrawer';
import { MemberTable } from './MemberTable';
import type { Member } from './memberFormat';
import { TrackingBanner } from './tracking/TrackingBanner';

/** Members as a board (stages as columns) or a table; add participants, edit one or many, read a member's history. */
export function MembersTab({ promotion }: { promotion: BrandPromotionFieldsFragment }) {
  const { t } = useTranslation();
  const fmt = usePayoutFormat(promotion.currency);
  const list = useListParams({
    filters: { view: 'board', search: '', stage: ALL, active: ALL },
    sort: { column: 'updatedAt', direction: 'desc' },
    limit: 20,
  });
  const view = list.filters.view === 'table' ? 'table' : 'board';
  const stage = isStatusOf('stage', list.filters.stage) ? list.filters.stage : null;
  const active = list.filters.active === 'true' ? true : list.filters.active === 'false' ? false : null;
  const [selected, setSelected] = useState<Map<string, Member>>(new Map());
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Member[] | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [movingId, setMovingId] = useState<string | null>(null);
  const [move] = useMutation(MoveMemberStageDocument, { refetchQueries: ['BrandPromotionMembers', 'BrandPromotion', 'PromotionHistory'] });

  const ended = promotion.status === 'ENDED';
  const addBlocked = canAddMembers(promotion.status) ? null : t(`brand.promotions.members.add.blocked.${promotion.status}`);
  const editBlocked = ended
    ? t('brand.promotions.members.move.ended')
    : selected.size === 0
      ? t('brand.promotions.members.selectFirst')
      : null;

  const toggle = (member: Member) =>
    setSelected((prev) => {
      const next = new Map(prev);
      if (next.has(member.id)) next.delete(member.id);
      else next.set(member.id, member);
      return next;
    });

  const moveTo = async (member: Member, target: MemberStage) => {
    setMovingId(member.id);
    try {
      await move({ variables: { input: { memberId: member.id, stage: target } } });
      notify.success(t('brand.promotions.members.move.done', { name: member.participant.name, stage: t(statusLabelKey('stage', target)) }));
    } catch (error) {
      notify.error(errorMessage(error) ?? t('errors.UNKNOWN'), t('brand.promotions.members.move.failed'));
    } finally {
      setMovingId(null);
    }
  };

  return (
    <Stack gap="md" data-testid="members-tab">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <SegmentedControl
          value={view}
          onChange={(v) => list.setFilter('view', v)}
          data-testid="members-view"
          aria-label={t('brand.promotions.members.view.label')}
          data={[
            { value: 'board', label: <span data-testid="members-view-board">{t('brand.promotions.members.view.board')}</span> },
            { value: 'table', label: <span data-testid="members-view-table">{t('brand.promotions.members.view.table')}</span> },
          ]}
        />
        <Group gap="sm">
          <ReasonTooltip reason={editBlocked}>
            <Button
              variant="default"
              leftSection={<IconEdit size={16} />}
              disabled={!!editBlocked}
              onClick={() => setEditing([...selected.values()])}
              data-testid="members-edit-selected"
            >
              {t('brand.promotions.members.editSelected', { count: selected.size })}
            </Button>
          </ReasonTooltip>
          <ReasonTooltip reason={addBlocked}>
            <Button leftSection={<IconPlus size={16} />} disabled={!!addBlocked} onClick={() => setAdding(true)} data-testid="members-add">
              {t('brand.promotions.members.add.open')}
            </Button>
          </ReasonTooltip>
        </Group>
      </Group>
      <TrackingBanner promotionId={promotion.id} selected={selected} ended={ended} />
      <Group gap="sm" wrap="wrap">
        <SearchFilter
          value={list.filters.search}
          onChange={(v) => list.setFilter('search', v)}
          placeholder={t('brand.promotions.members.searchPlaceholder')}
          testId="members-search"
        />
        {view === 'table' && (
          <Select
            aria-label={t('brand.promotions.members.stage')}
            value={stage ?? ALL}
            onChange={(v) => list.setFilter('stage', v ?? ALL)}
            allowDeselect={false}
            w={200}
            data={[
              { value: ALL, label: t('brand.promotions.members.allStages') },
              ...statusesOf('stage').map((s) => ({ value: s, label: t(statusLabelKey('stage', s)) })),
            ]}
            data-testid="members-stage-filter"
          />
        )}
        <Select
          aria-label={t('brand.promotions.members.activeColumn')}
          value={list.filters.active}
          onChange={(v) => list.setFilter('active', v ?? ALL)}
          allowDeselect={false}
          w={280}
          data={[
            { value: ALL, label: t('brand.promotions.members.activeAll') },
            { value: 'true', label: t('brand.promotions.members.activeOnly') },
            { value: 'false', label: t('brand.promotions.members.inactiveOnly') },
          ]}
          data-testid="members-active-filter"
        />
      </Group>

      {selected.size > 0 && (
        <Paper withBorder radius="md" px="md" py="xs" bg="motiva.0" data-testid="members-selection">
          <Group justify="space-between" wrap="nowrap">
            <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
              {t('brand.promotions.members.selected', {
                count: selected.size,
                names: [...selected.values()]
                  .slice(0, 5)
                  .map((m) => m.participant.name)
                  .join(', '),
              })}
              {selected.size > 5 ? ` ${t('brand.promotions.members.bulk.andMore', { count: selected.size - 5 })}` : ''}
            </Text>
            <Button variant="subtle" size="compact-sm" onClick={() => setSelected(new Map())} data-testid="members-clear-selection">
              {t('brand.promotions.members.clearSelection')}
            </Button>
          </Group>
        </Paper>
      )}

      {view === 'board' ? (
        <MemberBoard
          promotionId={promotion.id}
          status={promotion.status}
          search={list.filters.search}
          active={active}
          fmt={fmt}
          selected={selected}
          onToggle={toggle}
          onOpen={(m) => setOpenId(m.id)}
          onMove={(m, target) => void moveTo(m, target)}
          movingId={movingId}
        />
      ) : (
        <MemberTable
          promotionId={promotion.id}
          search={list.filters.search}
          stage={stage}
          active={active}
          offset={list.offset}
          limit={list.limit}
          onOffsetChange={list.setOffset}
          onLimitChange={list.setLimit}
          fmt={fmt}
          selected={selected}
          onSelectedChange={(members) => setSelected(new Map(members.map((m) => [m.id, m])))}
          onOpen={(m) => setOpenId(m.id)}
          showCodes={promotion.trackingModes.includes('PROMO_CODE')}
        />
      )}

      <AddMembersDrawer opened={adding} onClose={() => setAdding(false)} promotion={promotion} fmt={fmt} />
      <BulkEditDrawer
        key={editing ? editing.map((m) => m.id).join() : 'none'}
        opened={!!editing}
        onClose={() => setEditing(null)}
        promotion={promotion}
        members={editing ?? []}
        fmt={fmt}
      />
      <MemberDrawer
        memberId={openId}
        onClose={() => setOpenId(null)}
        promotion={promotion}
        fmt={fmt}
        onEdit={(m) => {
          setOpenId(null);
          setEditing([m]);
        }}
      />
    </Stack>
  );
}
