import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MemberStage } from '@motiva/schema';

type Relation = 'member' | 'invited' | 'declined' | 'left';
const LOOK: Record<Relation, { color: string; variant: 'light' | 'filled' }> = {
  invited: { color: 'violet', variant: 'light' },
  declined: { color: 'gray', variant: 'light' },
  left: { color: 'gray', variant: 'light' },
  member: { color: 'teal', variant: 'filled' },
};

/**
 * The participant's own relation to a promotion ("You take part", "Invited", "You declined", "You
 * left"), in their words rather than the stage's; nothing when they are not a member.
 */
export function MembershipBadge({ membership }: { membership: { stage: MemberStage } | null }) {
  const { t } = useTranslation();
  if (!membership) return null;
  const relation: Relation =
    membership.stage === 'INVITED'
      ? 'invited'
      : membership.stage === 'DECLINED'
        ? 'declined'
        : membership.stage === 'LEFT'
          ? 'left'
          : 'member';
  return (
    <Badge
      color={LOOK[relation].color}
      variant={LOOK[relation].variant}
      radius="sm"
      style={{ flexShrink: 0, minWidth: 'max-content' }}
      data-testid="membership-badge"
      data-membership={relation}
    >
      {t(`participant.membership.${relation}`)}
    </Badge>
  );
}
