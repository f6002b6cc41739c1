import { useMemo } from 'react';
import { Alert, Badge, Button, Center, Drawer, Group, Loader, Stack, Text, Title, Tooltip } from '@mantine/core';
import { skipToken, useFragment, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { BrandMemberFieldsFragmentDoc, MemberHistoryDocument, type BrandPromotionFieldsFragment } from '@motiva/schema';
import { DetailList, HistoryList, StatusBadge, statusLabelKey, useFormat } from '@motiva/ui';
import { useBrandDescriber } from '../history/useBrandDescriber';
import { IconEdit } from '../shared/icons';
import type { PayoutFormat } from '../shared/payout';
import { useMemberText, type Member } from './memberFormat';
import { MemberTrackingSection } from './tracking/MemberTrackingSection';

export interface MemberDrawerProps {
  memberId: string | null;
  onClose: () => void;
  promotion: BrandPromotionFieldsFragment;
  fmt: PayoutFormat;
  onEdit: (member: Member) => void;
}

/** One member: where they are on the board, their terms, and everything that changed for them. */
export function MemberDrawer({ memberId, onClose, promotion, fmt, onEdit }: MemberDrawerProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useMemberText(fmt);
  const describe = useBrandDescriber(promotion);
  // Read from the cache the board and table filled, so edits show here at once.
  const fragment = useFragment({
    fragment: BrandMemberFieldsFragmentDoc,
    fragmentName: 'BrandMemberFields',
    from: memberId ? { __typename: 'PromotionMember', id: memberId } : null,
  });
  const member = fragment.complete ? (fragment.data as Member) : null;
  // A skip token, not `skip`: a refetch by name must never run this with no member.
  const history = useQuery(
    MemberHistoryDocument,
    memberId ? { variables: { memberId, page: { offset: 0, limit: 50 } }, fetchPolicy: 'cache-and-network' } : skipToken,
  );
  // Every event here is about this member: the id names them in the sentences.
  const items = history.data?.memberHistory.items;
  const events = useMemo(() => items?.map((e) => ({ ...e, entityId: memberId })), [items, memberId]);
  // DECLINED and LEFT are the participant's own answer, off the board.
  const exited = member?.stage === 'DECLINED' || member?.stage === 'LEFT';

  return (
    <Drawer
      opened={!!memberId}
      onClose={onClose}
      position="right"
      size="lg"
      padding="lg"
      title={t('brand.promotions.members.drawer.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      // On the visible panel, not the zero-size root, so tests can wait for it to show.
      attributes={{ content: { 'data-testid': 'member-drawer' } as Record<string, string> }}
    >
      {!member ? (
        <Center py="xl">
          <Loader />
        </Center>
      ) : (
        <Stack gap="lg">
          <Group justify="space-between" align="flex-start" gap="sm">
            <Stack gap={2} style={{ minWidth: 0, flex: '1 1 220px' }}>
              <Title order={2} fz="h3" style={{ overflowWrap: 'anywhere' }} data-testid="member-drawer-name">
                {member.participant.name}
              </Title>
              <Text c="dimmed" fz="sm">
                {text.origin(member)}
              </Text>
            </Stack>
            {/* Two different things, each named: where they are on the board, and whether their sales count. */}
            <Group gap={6}>
              <StatusBadge
                kind="stage"
                status={member.stage}
                label={t('brand.promotions.members.stageLabel', { stage: t(statusLabelKey('stage', member.stage)) })}
                testId="member-drawer-stage"
              />
              <Tooltip label={t('brand.promotions.members.trackingHint')} multiline w={260} withArrow>
                <Badge
                  variant="dot"
                  radius="sm"
                  color={member.active ? 'green' : 'gray'}
                  style={{ minWidth: 'max-content' }}
                  data-testid="member-drawer-tracking"
                  data-active={member.active}
                >
                  {t(member.active ? 'brand.promotions.members.trackingOn' : 'brand.promotions.members.trackingPaused')}
                </Badge>
              </Tooltip>
            </Group>
          </Group>
          {exited && (
            <Alert color="orange" variant="light" data-testid="member-drawer-exited">
              {t('brand.promotions.members.drawer.exited', { what: t(`brand.promotions.members.drawer.exitedWhat.${member.stage}`) })}
            </Alert>
          )}
          <DetailList
            items={[
              { label: t('brand.promotions.members.payoutOption'), value: text.option(member), testId: 'member-drawer-option' },
              {
                label: t('brand.promotions.members.override'),
                value: text.override(member) ?? t('brand.promotions.members.noOverride'),
                testId: 'member-drawer-override',
              },
              {
                label: t('brand.promotions.members.validFrom'),
                value: member.validFrom ? format.dateTime(member.validFrom) : null,
                numeric: true,
              },
              {
                label: t('brand.promotions.members.validTo'),
                value: member.validTo ? format.dateTime(member.validTo) : null,
                numeric: true,
              },
              { label: t('brand.promotions.members.source'), value: t(`brand.promotions.members.sources.${member.source}`) },
              { label: t('brand.promotions.members.since'), value: format.dateTime(member.createdAt), numeric: true },
            ]}
          />
          <Group>
            <Button
              variant="light"
              leftSection={<IconEdit size={16} />}
              onClick={() => onEdit(member)}
              disabled={promotion.status === 'ENDED'}
              data-testid="member-edit"
            >
              {t('brand.promotions.members.drawer.edit')}
            </Button>
          </Group>

          {promotion.trackingModes.some((m) => m === 'TRACKING_LINK' || m === 'PROMO_CODE') && (
            <MemberTrackingSection
              key={member.id}
              member={member}
              promotionId={promotion.id}
              disabled={promotion.status === 'ENDED' || exited}
            />
          )}
          <Stack gap="sm">
            <Title order={3} fz="h4">
              {t('brand.promotions.members.drawer.history')}
            </Title>
            <HistoryList
              variant="timeline"
              events={events}
              describe={describe}
              loading={history.loading}
              error={history.error}
              onRetry={() => void history.refetch()}
              emptyTitle={t('brand.promotions.history.emptyTitle')}
              testId="member-history"
              sentenceTestId="member-history-sentence"
            />
          </Stack>
        </Stack>
      )}
    </Drawer>
  );
}
