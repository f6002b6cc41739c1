import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { Permission } from '@motiva/schema';
import { can } from '../../auth/access';
import type { RequestContext } from '../../context';
import { ForbiddenError, NotFoundError } from '../../shared/errors';
import { assertId } from '../../shared/ids';
import { containsPattern } from '../../shared/search';
import type { Page, PageInput } from '../../shared/pagination';
import { Participant } from './participant.entity';
import { ParticipantSortField, type ParticipantFilter, type ParticipantSort } from './participants.inputs';

/** Admins see every participant, a partner only its own; anyone else sees none. */
function visibleParticipants(ctx: RequestContext): FilterQuery<Participant> {
  const viewer = ctx.viewer;
  if (can(viewer, Permission.ModerateParticipants)) return {};
  if (can(viewer, Permission.ReadOwnParticipants) && viewer?.partnerId) return { partner: viewer.partnerId };
  throw new ForbiddenError();
}

const SORT: Record<ParticipantSortField, (dir: 'asc' | 'desc') => QueryOrderMap<Participant>> = {
  [ParticipantSortField.CREATED_AT]: (dir) => ({ createdAt: dir }),
  [ParticipantSortField.NAME]: (dir) => ({ user: { name: dir } }),
  [ParticipantSortField.STATUS]: (dir) => ({ status: dir }),
  [ParticipantSortField.CITY]: (dir) => ({ city: dir }),
};

export async function listParticipants(
  ctx: RequestContext,
  filter: ParticipantFilter,
  sort: ParticipantSort | undefined,
  page: PageInput,
): Promise<Page<Participant>> {
  const where: FilterQuery<Participant>[] = [visibleParticipants(ctx)];
  if (filter.status) where.push({ status: filter.status });
  if (filter.partnerId) where.push({ partner: assertId(filter.partnerId, 'Partner') });
  const search = filter.search?.trim();
  if (search) {
    const like = containsPattern(search);
    where.push({
      $or: [
        { user: { name: { $ilike: like } } },
        { user: { email: { $ilike: like } } },
        { user: { phone: { $ilike: like } } },
        { city: { $ilike: like } },
      ],
    });
  }
  const direction = sort?.direction === 'ASC' ? 'asc' : 'desc';
  const [items, total] = await ctx.em.findAndCount(
    Participant,
    { $and: where },
    {
      populate: ['user'],
      orderBy: [SORT[sort?.field ?? ParticipantSortField.CREATED_AT](direction), { id: 'asc' }],
      limit: page.limit,
      offset: page.offset,
    },
  );
  return { items, total };
}

export async function getParticipant(ctx: RequestContext, id: string): Promise<Participant> {
  const participant = await ctx.em.findOne(
    Participant,
    { $and: [{ id: assertId(id, 'Participant') }, visibleParticipants(ctx)] },
    { populate: ['user'] },
  );
  if (!participant) throw new NotFoundError('Participant');
  return participant;
}
