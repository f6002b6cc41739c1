import { defineFeature } from '../../define-feature';
import { MembersResolver } from './members.resolver';
import { PayoutOption, PayoutOptionProductValue } from './payout-option.entity';
import { PromotionMember } from './promotion-member.entity';
import { Promotion, PromotionAudiencePartner, PromotionProduct } from './promotion.entity';
import { promotionSweepJob, promotionTransitionJob } from './promotion.jobs';
import { createPromotionLoaders } from './promotion.loaders';
import { PayoutOptionResolver, PromotionsResolver } from './promotions.resolver';

/** Promotions: terms, payout options, review and life cycle, members and their board. */
export const promotionsFeature = defineFeature({
  name: 'promotions',
  resolvers: [PromotionsResolver, PayoutOptionResolver, MembersResolver],
  entities: [Promotion, PromotionProduct, PromotionAudiencePartner, PayoutOption, PayoutOptionProductValue, PromotionMember],
  loaders: createPromotionLoaders,
  jobs: [promotionTransitionJob, promotionSweepJob],
});
