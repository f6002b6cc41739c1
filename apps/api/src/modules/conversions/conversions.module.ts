import { defineFeature } from '../../define-feature';
import { BrandApiKey } from './brand-api-key.entity';
import { SaleRefund } from './sale-refund.entity';
import { ConversionsResolver } from './conversions.resolver';
import { conversionsRoute, refundsRoute } from './postback.routes';

/** The affiliate half of sales: brand API keys, signed conversion postbacks, attribution, refunds, reports. */
export const conversionsFeature = defineFeature({
  name: 'conversions',
  resolvers: [ConversionsResolver],
  entities: [BrandApiKey, SaleRefund],
  routes: [conversionsRoute, refundsRoute],
});
