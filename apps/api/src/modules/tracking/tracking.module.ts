import { defineFeature } from '../../define-feature';
import { PromoCode } from './promo-code.entity';
import { TrackingLink } from './tracking-link.entity';

/** Tracking set-up: a promotion's link and code settings, members' short links and promo codes. */
export const trackingFeature = defineFeature({
  name: 'tracking',
  resolvers: [],
  entities: [TrackingLink, PromoCode],
});
