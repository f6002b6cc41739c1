import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { Permission } from '@motiva/schema';
import { can } from '../../auth/access';
import type { RequestContext } from '../../context';
import { ForbiddenError, NotFoundError } from '../../shared/errors';
import { assertId } from '../../shared/ids';
import { containsPattern } from '../../shared/search';
import type { Page, PageInput } from '../../shared/pagination';
import { Partner } from './partner.entity';
import { PartnerSortField, type PartnerFilter, type PartnerSort } from './partners.inputs';

/** Admins see every partner; a partner user sees only their own company. */
export function visiblePartners(ctx: RequestContext): FilterQuery<Partner> {
  const viewer = ctx.viewer;
  if (can(viewer, Permission.ModeratePartners)) return {};
  if (can(viewer, Permission.ReadOwnPartner) && viewer?.partnerId) return { id: viewer.partnerId };
  throw new ForbiddenError();
}

const SORT: Record<PartnerSortField, (dir: 'asc' | 'desc') => QueryOrderMap<Partner>> = {
  [PartnerSortField.CREATED_AT]: (dir) => ({ createdAt: dir }),
  [PartnerSortField.LEGAL_NAME]: (dir) => ({ legalName: dir }),
  [PartnerSortField.STATUS]: (dir) => ({ status: dir }),
};

export async function listPartners(
  ctx: RequestContext,
  filter: PartnerFilter,
  sort: PartnerSort | undefined,
  page: PageInput,
): Promise<Page<Partner>> {
  const where: FilterQuery<Partner>[] = [visiblePartners(ctx)];
  if (filter.status) where.push({ status: filter.status });
  const search = filter.search?.trim();
  if (search) {
    const like = containsPattern(search);
    where.push({ $or: [{ legalName: { $ilike: like } }, { taxId: { $ilike: like } }, { contactEmail: { $ilike: like } }] });
  }
  const direction = sort?.direction === 'ASC' ? 'asc' : 'desc';
  const [items, total] = await ctx.em.findAndCount(
    Partner,
    { $and: where },
    { orderBy: [SORT[sort?.field ?? PartnerSortField.CREATED_AT](direction), { id: 'asc' }], limit: page.limit, offset: page.offset },
  );
  return { items, total };
}

export async function getPartner(ctx: RequestContext, id: string): Promise<Partner> {
  const partner = await ctx.em.findOne(Partner, { $and: [{ id: assertId(id, 'Partner') }, visiblePartners(ctx)] });
  if (!partner) throw new NotFoundError('Partner');
  return partner;
}
