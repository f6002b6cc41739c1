import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ModerationDecisionFieldsFragment } from '@motiva/schema';
import { useFormat } from '@motiva/ui';

const COLOR: Record<string, string> = { APPROVED: 'green', REJECTED: 'red', PENDING: 'yellow' };

/** Newest first: the moderator reads what happened last before deciding again. */
export function DecisionHistory({ decisions: given }: { decisions: ModerationDecisionFieldsFragment[] | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  // The API answers null to callers who may not read a record's decisions; admins always may.
  const decisions = given ?? [];
  if (decisions.length === 0) {
    return (
      <Text c="dimmed" fz="sm" data-testid="decision-history-empty">
        {t('admin.moderation.noHistory')}
      </Text>
    );
  }
  const sorted = [...decisions].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  // Every decision happened, so every bullet is "active" (filled in its colour).
  return (
    <Timeline active={sorted.length - 1} bulletSize={14} lineWidth={2} data-testid="decision-history">
      {sorted.map((decision) => (
        <Timeline.Item
          key={decision.id}
          color={COLOR[decision.decision] ?? 'gray'}
          title={t(`admin.moderation.decision.${decision.decision}`)}
          data-testid="decision"
          data-decision={decision.decision}
        >
          <Text fz="xs" c="dimmed">
            {format.dateTime(decision.createdAt)} · {t('admin.moderation.by', { name: decision.moderatorName })}
          </Text>
          {decision.reason && (
            <Text fz="sm" mt={4} style={{ overflowWrap: 'anywhere' }}>
              {decision.reason}
            </Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
