import { defineFeature } from '../../define-feature';
import { PromotionBudgetResolver } from './promotion-budget.resolver';
import { SaleFieldsResolver } from './sale-fields.resolver';
import { Sale, SaleLine } from './sale.entity';
import { saleVerifyReceiptJob } from './sale.jobs';
import { createSaleLoaders } from './sale.loaders';
import { ParticipantSalesStatsResolver, SalesResolver } from './sales.resolver';

/** Sales by receipt claim: logging, the reward and its caps, risk flags, receipt checks, moderation, reports. */
export const salesFeature = defineFeature({
  name: 'sales',
  resolvers: [SalesResolver, SaleFieldsResolver, ParticipantSalesStatsResolver, PromotionBudgetResolver],
  entities: [Sale, SaleLine],
  loaders: createSaleLoaders,
  jobs: [saleVerifyReceiptJob],
});
