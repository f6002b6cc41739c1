import { Alert, Badge, Button, Center, Drawer, Group, Loader, Stack, Text, Timeline, Title, Tooltip } from '@mantine/core';
import { skipToken, useFragment, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { BrandMemberFieldsFragmentDoc, MemberHistoryDocument, type BrandPromotionFieldsFragment } from '@motiva/schema';
import { DetailList, ErrorState, useFormat } from '@motiva/ui';
import { ChangeList } from '../history/ChangeList';
import { useDescribeEvent } from '../history/describeEvent';
import { IconEdit } from '../shared/icons';
import type { PayoutFormat } from '../shared/payout';
import { useMemberText, type Member } from './memberFormat';

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
  const describe = useDescribeEvent(promotion);
  // Read from the cache the board and table filled, so edits show here at once.
  const fragment = useFragment({ fragment: BrandMemberFieldsFragmentDoc, from: memberId ? { __typename: 'PromotionMember', id: memberId } : null });
  const member = fragment.complete ? (fragment.data as Member) : null;
  // A skip token, not `skip`: a refetch by name must never run this with no member.
  const history = useQuery(MemberHistoryDocument, memberId ? { variables: { memberId, page: { offset: 0, limit: 50 } }, fetchPolicy: 'cache-and-network' } : skipToken);
  const events = history.data?.memberHistory.items ?? [];
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
              <Badge variant="light" radius="sm" color={exited ? 'orange' : 'blue'} style={{ minWidth: 'max-content' }} data-testid="member-drawer-stage" data-stage={member.stage}>
                {t('brand.promotions.members.stageLabel', { stage: t(`brand.promotions.stage.${member.stage}`) })}
              </Badge>
              <Tooltip label={t('brand.promotions.members.trackingHint')} multiline w={260} withArrow>
                <Badge variant="dot" radius="sm" color={member.active ? 'green' : 'gray'} style={{ minWidth: 'max-content' }} data-testid="member-drawer-tracking" data-active={member.active}>
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
              { label: t('brand.promotions.members.override'), value: text.override(member) ?? t('brand.promotions.history.noOverride'), testId: 'member-drawer-override' },
              { label: t('brand.promotions.members.validFrom'), value: member.validFrom ? format.dateTime(member.validFrom) : null, numeric: true },
              { label: t('brand.promotions.members.validTo'), value: member.validTo ? format.dateTime(member.validTo) : null, numeric: true },
              { label: t('brand.promotions.members.source'), value: t(`brand.promotions.members.sources.${member.source}`) },
              { label: t('brand.promotions.members.since'), value: format.dateTime(member.createdAt), numeric: true },
            ]}
          />
          <Group>
            <Button variant="light" leftSection={<IconEdit size={16} />} onClick={() => onEdit(member)} disabled={promotion.status === 'ENDED'} data-testid="member-edit">
              {t('brand.promotions.members.drawer.edit')}
            </Button>
          </Group>

          <Stack gap="sm">
            <Title order={3} fz="h4">
              {t('brand.promotions.members.drawer.history')}
            </Title>
            {history.error && !history.loading ? (
              <ErrorState error={history.error} onRetry={() => void history.refetch()} />
            ) : !history.data ? (
              <Center py="md">
                <Loader size="sm" />
              </Center>
            ) : events.length === 0 ? (
              <Text c="dimmed" fz="sm">
                {t('brand.promotions.history.emptyTitle')}
              </Text>
            ) : (
              <Timeline bulletSize={14} lineWidth={2} data-testid="member-history">
                {events.map((e) => {
                  const d = describe({ ...e, entityId: member.id });
                  return (
                    <Timeline.Item
                      key={e.id}
                      title={
                        <Text fz="sm" fw={600} data-testid="member-history-sentence" data-action={e.action}>
                          {d.sentence}
                        </Text>
                      }
                    >
                      <Text fz="xs" c="dimmed" mb={4} style={{ fontVariantNumeric: 'tabular-nums' }}>
                        {format.dateTime(e.createdAt)} · {e.actorName ?? t('brand.promotions.history.system')}
                      </Text>
                      <ChangeList changes={d.changes} />
                    </Timeline.Item>
                  );
                })}
              </Timeline>
            )}
          </Stack>
        </Stack>
      )}
    </Drawer>
  );
}
