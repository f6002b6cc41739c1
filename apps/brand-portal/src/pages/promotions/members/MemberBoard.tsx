import { useState } from 'react';
import {
  ActionIcon,
  Badge,
  Button,
  Center,
  Checkbox,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { BrandPromotionMembersDocument, type MemberStage, type PromotionStatus } from '@motiva/schema';
import { ErrorState, useFormat, statusLabelKey } from '@motiva/ui';
import { IconArrowLeft, IconArrowRight } from '../shared/icons';
import type { PayoutFormat } from '../shared/payout';
import { MEMBER_STAGES, moveBlocker } from '../shared/status';
import { useMemberText, type Member } from './memberFormat';

const PAGE = 30;

export interface BoardProps {
  promotionId: string;
  status: PromotionStatus;
  search: string;
  active: boolean | null;
  fmt: PayoutFormat;
  selected: ReadonlyMap<string, Member>;
  onToggle: (member: Member) => void;
  onOpen: (member: Member) => void;
  onMove: (member: Member, stage: MemberStage) => void;
  movingId: string | null;
}

/** Four columns, INVITED -> ACCEPTED -> ACTIVE -> COMPLETED; each asks the API for its own stage. */
export function MemberBoard(props: BoardProps) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md" data-testid="members-board">
      {MEMBER_STAGES.map((stage) => (
        <BoardColumn key={stage} stage={stage} {...props} />
      ))}
    </SimpleGrid>
  );
}

function BoardColumn({ stage, promotionId, search, active, ...rest }: BoardProps & { stage: MemberStage }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [limit, setLimit] = useState(PAGE);
  const { data, previousData, loading, error, refetch } = useQuery(BrandPromotionMembersDocument, {
    variables: { promotionId, filter: { stage, search: search || null, active }, page: { offset: 0, limit } },
    notifyOnNetworkStatusChange: true,
  });
  const page = (data ?? previousData)?.promotionMembers;
  const items = page?.items ?? [];

  return (
    <Paper
      radius="md"
      p="sm"
      bg="gray.1"
      style={{ minHeight: 240 }}
      data-testid={`board-column-${stage}`}
      aria-label={t(statusLabelKey('stage', stage))}
    >
      <Stack gap="sm">
        <Group justify="space-between" px={4} wrap="nowrap">
          <Text fw={700} fz="sm" tt="uppercase" lts={0.3}>
            {t(statusLabelKey('stage', stage))}
          </Text>
          <Badge
            variant="white"
            color="gray"
            radius="sm"
            style={{ fontVariantNumeric: 'tabular-nums' }}
            data-testid={`board-count-${stage}`}
          >
            {page ? format.number(page.total) : '…'}
          </Badge>
        </Group>
        <Text fz="xs" c="dimmed" px={4} mt={-8}>
          {t(`brand.promotions.stageHint.${stage}`)}
        </Text>
        {error && !loading ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : !page ? (
          <Center py="lg">
            <Loader size="sm" />
          </Center>
        ) : items.length === 0 ? (
          <Text fz="sm" c="dimmed" ta="center" py="lg" data-testid={`board-empty-${stage}`}>
            {t(search || active !== null ? 'brand.promotions.members.columnEmptyFiltered' : 'brand.promotions.members.columnEmpty')}
          </Text>
        ) : (
          items.map((member) => <MemberCard key={member.id} member={member} {...rest} />)
        )}
        {page && page.total > items.length && (
          <Button
            variant="subtle"
            size="xs"
            onClick={() => setLimit((l) => Math.min(l + PAGE, 100))}
            loading={loading}
            disabled={limit >= 100}
          >
            {t('brand.promotions.members.showMore', { count: page.total - items.length })}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}

type CardProps = Omit<BoardProps, 'promotionId' | 'search' | 'active'> & { member: Member };

function MemberCard({ member, status, fmt, selected, onToggle, onOpen, onMove, movingId }: CardProps) {
  const { t } = useTranslation();
  const text = useMemberText(fmt);
  const name = member.participant.name;
  const index = MEMBER_STAGES.indexOf(member.stage);
  const override = text.override(member);
  const validity = text.validity(member);

  const arrow = (direction: -1 | 1) => {
    const blocker = moveBlocker(member.stage, direction, status);
    const target = MEMBER_STAGES[index + direction];
    if (!target) return <div style={{ width: 28 }} />;
    const label = t('brand.promotions.members.move.to', { name, stage: t(statusLabelKey('stage', target)) });
    return (
      <Tooltip label={blocker ? t(blocker) : label} withArrow multiline maw={260}>
        <span style={{ display: 'inline-block' }}>
          <ActionIcon
            variant="light"
            color={blocker ? 'gray' : 'motiva'}
            disabled={!!blocker}
            loading={movingId === member.id}
            onClick={() => onMove(member, target)}
            aria-label={label}
            data-testid={direction < 0 ? 'member-move-left' : 'member-move-right'}
          >
            {direction < 0 ? <IconArrowLeft size={16} /> : <IconArrowRight size={16} />}
          </ActionIcon>
        </span>
      </Tooltip>
    );
  };

  return (
    <Paper withBorder radius="md" p="sm" shadow="xs" data-testid={`member-card-${name}`} data-stage={member.stage} data-id={member.id}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
            <Checkbox
              size="xs"
              mt={3}
              checked={selected.has(member.id)}
              onChange={() => onToggle(member)}
              aria-label={t('brand.promotions.members.select', { name })}
              data-testid="member-select"
            />
            <UnstyledButton
              onClick={() => onOpen(member)}
              style={{ minWidth: 0 }}
              data-testid="member-open"
              aria-label={t('brand.promotions.members.open', { name })}
            >
              <Text fz="sm" fw={600} style={{ overflowWrap: 'anywhere' }} td="underline dotted" c="motiva.8">
                {name}
              </Text>
            </UnstyledButton>
          </Group>
        </Group>
        <Text fz="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {text.origin(member)}
        </Text>
        <Text fz="xs" style={{ overflowWrap: 'anywhere' }} data-testid="member-option">
          {text.option(member)}
        </Text>
        {override && (
          <Text fz="xs" fw={600} c="grape.8" data-testid="member-override">
            {t('brand.promotions.members.overrideShort', { value: override })}
          </Text>
        )}
        {validity && (
          <Text fz="xs" c="dimmed">
            {validity}
          </Text>
        )}
        <Group justify="space-between" mt={2} wrap="nowrap">
          {arrow(-1)}
          {!member.active && (
            <Badge
              variant="light"
              color="gray"
              radius="sm"
              size="sm"
              style={{ flexShrink: 0, minWidth: 'max-content' }}
              data-testid="member-inactive"
            >
              {t('brand.promotions.members.trackingPaused')}
            </Badge>
          )}
          {arrow(1)}
        </Group>
      </Stack>
    </Paper>
  );
}
