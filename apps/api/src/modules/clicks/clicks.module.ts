import { defineFeature } from '../../define-feature';
import { TrackingClick } from './tracking-click.entity';

/** Tracking links at work: the /r/<code> redirect, the click log, the brand-site script, click counts. */
export const clicksFeature = defineFeature({
  name: 'clicks',
  resolvers: [],
  entities: [TrackingClick],
});
