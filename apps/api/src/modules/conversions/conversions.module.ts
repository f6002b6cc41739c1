import { defineFeature } from '../../define-feature';

/** The affiliate half of sales: brand API keys, signed conversion postbacks, attribution, refunds, reports. */
export const conversionsFeature = defineFeature({
  name: 'conversions',
  resolvers: [],
  entities: [],
});
