import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ParticipantPromotionCardFragment } from '@motiva/schema';
import { StatusBadge, useFormat } from '@motiva/ui';
import { MembershipBadge } from '../MembershipBadge';

/** One promotion in a list: the whole card opens it. */
export function PromotionCard({ promotion }: { promotion: ParticipantPromotionCardFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper
      component={Link}
      to={`/promotions/${promotion.id}`}
      withBorder
      radius="md"
      p="md"
      data-testid={`promotion-${promotion.name}`}
      data-id={promotion.id}
      style={{ display: 'block', color: 'inherit', textDecoration: 'none', height: '100%' }}
    >
      <Stack gap="xs" h="100%">
        <Group gap={6}>
          <StatusBadge kind="promotion" status={promotion.status} />
          <MembershipBadge membership={promotion.myMembership} />
        </Group>
        <Title order={3} fz="h4" style={{ overflowWrap: 'anywhere' }}>
          {promotion.name}
        </Title>
        <Text c="dimmed" fz="sm" style={{ overflowWrap: 'anywhere' }}>
          {promotion.brand.legalName}
        </Text>
        <Group justify="space-between" align="flex-end" mt="auto" gap="xs">
          <Text fz="sm" style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="promotion-period">
            {t('participant.promotions.period', { from: format.date(promotion.startsAt), to: format.date(promotion.endsAt) })}
          </Text>
          <Text fz="sm" c="motiva.7" fw={600}>
            {t('participant.promotions.details')} →
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
}
