import { defineFeature } from '../../define-feature';
import { BrandApiKey } from './brand-api-key.entity';
import { ConversionReportResolver } from './conversion-report.resolver';
import { conversionsCsvRoute } from './conversions-csv.route';
import { SaleRefund } from './sale-refund.entity';
import { ConversionsResolver } from './conversions.resolver';
import { conversionsRoute, refundsRoute } from './postback.routes';
import { TrackingStatsResolver } from './tracking-stats.resolver';

/** The affiliate half of sales: brand API keys, signed conversion postbacks, attribution, refunds, reports. */
export const conversionsFeature = defineFeature({
  name: 'conversions',
  resolvers: [ConversionsResolver, ConversionReportResolver, TrackingStatsResolver],
  entities: [BrandApiKey, SaleRefund],
  routes: [conversionsRoute, refundsRoute, conversionsCsvRoute],
});
