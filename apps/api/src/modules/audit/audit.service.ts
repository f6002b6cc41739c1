import type { AuditAction, AuditEntityType } from '@motiva/schema';
import type { RequestContext } from '../../context';
import { AuditEvent } from './audit-event.entity';
import { User } from '../identity/user.entity';
import type { AuditEventFilter } from './audit.inputs';
import type { Page, PageInput } from '../../shared/pagination';

export interface AuditEntry {
  /** One of the typed list in packages/schema: the admin's audit log has a sentence for each. */
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /** Who acted when it is not the signed-in caller, e.g. the person who just registered. */
  actorId?: string;
  /** The aggregate the entity belongs to, e.g. the promotion of a member. */
  scopeId?: string;
}

/**
 * Adds an audit event to the caller's unit of work: it commits with the change it describes. Jobs
 * pass just their em, no viewer, their own request id, and the actor.
 */
export function recordAudit(ctx: Pick<RequestContext, 'em' | 'viewer' | 'requestId'>, { actorId, ...entry }: AuditEntry): void {
  const actor = actorId ?? ctx.viewer?.userId;
  ctx.em.create(AuditEvent, {
    ...entry,
    actor: actor ? ctx.em.getReference(User, actor) : null,
    requestId: ctx.requestId,
  });
}

export async function listAuditEvents(ctx: RequestContext, filter: AuditEventFilter = {}, page: PageInput): Promise<Page<AuditEvent>> {
  const [items, total] = await ctx.em.findAndCount(
    AuditEvent,
    {
      // Free text: an unknown type or action simply matches nothing.
      entityType: (filter.entityType ?? undefined) as AuditEntityType | undefined,
      entityId: filter.entityId ?? undefined,
      action: (filter.action ?? undefined) as AuditAction | undefined,
      scopeId: filter.scopeId ?? undefined,
      createdAt:
        filter.from || filter.to ? { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lt: filter.to } : {}) } : undefined,
    },
    { orderBy: { createdAt: 'desc', id: 'desc' }, limit: page.limit, offset: page.offset },
  );
  return { items, total };
}
