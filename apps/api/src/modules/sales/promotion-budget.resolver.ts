import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Permission } from '@motiva/schema';
import type { RequestContext } from '../../context';
import { ownBrandOf } from '../../auth/owners';
import { Restricted } from '../../auth/policy';
import { Money } from '../../shared/money';
import { Promotion } from '../promotions/promotion.entity';
import type { PromotionRecord } from '../promotions/promotion.rows';
import { PromotionBudgetUsage } from './sale.types';

/** The sales side of a promotion: how much of its budget the rewards of its sales use. */
@Resolver(() => Promotion)
export class PromotionBudgetResolver {
  @FieldResolver(() => PromotionBudgetUsage, {
    nullable: true,
    description: 'Rewards of pending and approved sales against the budget cap; null to anyone but admins and the owning brand',
  })
  @Restricted({
    anyOf: [Permission.ModerateSales, Permission.ModeratePromotions],
    owners: [ownBrandOf<PromotionRecord>(Permission.ReadBrandSales)],
  })
  async budgetUsage(@Root() p: PromotionRecord, @Ctx() ctx: RequestContext): Promise<PromotionBudgetUsage> {
    const { approvedMinor, pendingMinor } = await ctx.loaders.budgetUsageByPromotion.load(p.id);
    const used = approvedMinor + pendingMinor;
    const cap = p.budgetCapMinor ?? null;
    return {
      approved: Money.of(approvedMinor, p.currency),
      pending: Money.of(pendingMinor, p.currency),
      used: Money.of(used, p.currency),
      cap: cap == null ? null : Money.of(cap, p.currency),
      remaining: cap == null ? null : Money.of(cap > used ? cap - used : 0n, p.currency),
    };
  }
}
