import { defineFeature } from '../../define-feature';
import { groupedBy } from '../../loaders/loader-factories';
import { ModerationDecision } from './moderation-decision.entity';
import { ModerationResolver } from './moderation.resolver';

/** Admins approve or reject participants, partners and products; every decision is kept. */
export const moderationFeature = defineFeature({
  name: 'moderation',
  resolvers: [ModerationResolver],
  entities: [ModerationDecision],
  loaders: (em) => ({
    decisionsBySubject: groupedBy(
      (subjectIds) =>
        em.find(ModerationDecision, { subjectId: { $in: subjectIds } }, { populate: ['moderator'], orderBy: { createdAt: 'desc' } }),
      (d) => d.subjectId,
    ),
  }),
});
