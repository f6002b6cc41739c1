import { defineFeature } from '../../define-feature';

/** Tracking links at work: the /r/<code> redirect, the click log, the brand-site script, click counts. */
export const clicksFeature = defineFeature({
  name: 'clicks',
  resolvers: [],
  entities: [],
});
