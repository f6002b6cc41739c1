import { defineFeature } from '../../define-feature';
import { accrueClicksJob } from './clicks.jobs';
import { TrackingClick } from './tracking-click.entity';

/** Tracking links at work: the /r/<code> redirect, the click log, the brand-site script, cost-per-click rewards. */
export const clicksFeature = defineFeature({
  name: 'clicks',
  resolvers: [],
  entities: [TrackingClick],
  jobs: [accrueClicksJob],
});
