import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdminPromotionFieldsFragment, MemberStage } from '@motiva/schema';
import { statusLabelKey, useFormat } from '@motiva/ui';
import { tabular } from './ReviewSection';

/** The board's columns; the participants' own exits are not counted here. */
const STAGES: MemberStage[] = ['INVITED', 'ACCEPTED', 'ACTIVE', 'COMPLETED'];

/** How many members stand at each stage of the board. */
export function ReviewMembers({ promotion }: { promotion: AdminPromotionFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const stageCount = new Map((promotion.memberStageCounts ?? []).map((s) => [s.stage, s.count]));
  if (promotion.memberCount === 0) {
    return (
      <Text fz="sm" c="dimmed">
        {t('admin.promotions.members.none')}
      </Text>
    );
  }
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
      {STAGES.map((stage) => (
        <Paper key={stage} withBorder radius="md" p="xs" data-testid="member-stage" data-stage={stage}>
          <Text fz="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {t(statusLabelKey('stage', stage))}
          </Text>
          <Text fz="lg" fw={600} ta="right" style={tabular}>
            {format.number(stageCount.get(stage) ?? 0)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
