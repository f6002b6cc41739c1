import type { RequestContext } from '../../context';
import type { Page, PageInput } from '../../shared/pagination';
import { AuditEvent } from '../audit/audit-event.entity';
import { getVisibleMember } from './members.queries';
import { getVisiblePromotion } from './promotion-access';

/** Brands and admins only (the resolver's policy): everything that happened to a promotion, its payout options and its members, newest first. */
export async function promotionHistory(ctx: RequestContext, promotionId: string, page: PageInput): Promise<Page<AuditEvent>> {
  const promotion = await getVisiblePromotion(ctx, promotionId);
  const [items, total] = await ctx.em.findAndCount(
    AuditEvent,
    { scopeId: promotion.id },
    { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], limit: page.limit, offset: page.offset },
  );
  return { items, total };
}

/** One member's history: the brand's, the admin's, and the participant's own view of it. */
export async function memberHistory(ctx: RequestContext, memberId: string, page: PageInput): Promise<Page<AuditEvent>> {
  const member = await getVisibleMember(ctx, memberId);
  const [items, total] = await ctx.em.findAndCount(
    AuditEvent,
    { entityType: 'PromotionMember', entityId: member.id },
    { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], limit: page.limit, offset: page.offset },
  );
  return { items, total };
}
