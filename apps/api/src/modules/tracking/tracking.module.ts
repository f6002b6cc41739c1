import { defineFeature } from '../../define-feature';
import { PromoCode } from './promo-code.entity';
import { TrackingLink } from './tracking-link.entity';
import { createTrackingLoaders } from './tracking.loaders';
import { BrandTrackingResolver, MemberTrackingResolver, PromotionTrackingResolver } from './tracking.resolver';

/** Tracking set-up: a promotion's link and code settings, members' short links and promo codes. */
export const trackingFeature = defineFeature({
  name: 'tracking',
  resolvers: [PromotionTrackingResolver, BrandTrackingResolver, MemberTrackingResolver],
  entities: [TrackingLink, PromoCode],
  loaders: createTrackingLoaders,
});
