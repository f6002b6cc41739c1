import { Arg, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '@motiva/schema';
import type { RequestContext } from '../../context';
import { Allow, Restricted, SignedIn } from '../../auth/policy';
import { DEFAULT_PAGE, PageInput, Paginated } from '../../shared/pagination';
import { AuditEvent } from './audit-event.entity';
import { AuditEventFilter } from './audit.inputs';
import { AuditSubject } from './audit-subjects';
import { listAuditEvents } from './audit.service';

@ObjectType('AuditEventPage', { description: 'One page of audit events, newest first' })
class AuditEventPage extends Paginated(AuditEvent) {}

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Query(() => AuditEventPage, { description: 'Admins: the audit log, newest first' })
  @Allow(Permission.ReadAuditLog)
  auditEvents(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => AuditEventFilter, { nullable: true, description: 'Which events; all when left out' }) filter?: AuditEventFilter,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page; the first 20 when left out' }) page?: PageInput,
  ) {
    return listAuditEvents(ctx, filter ?? {}, page ?? DEFAULT_PAGE);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The display name of the record the event is about (a person, a company, a product, promotion or payout option, an import’s file name); null when it no longer exists',
  })
  @Restricted({ anyOf: [Permission.ReadAuditLog] })
  async subjectName(@Root() event: AuditEvent, @Ctx() ctx: RequestContext): Promise<string | null> {
    return (await ctx.loaders.auditSubjects.load(event)).name;
  }

  @FieldResolver(() => AuditSubject, {
    nullable: true,
    description:
      'The record an admin opens from this event: its own record, or the one it belongs to (the promotion of a payout option or member, the brand of a product import or brand user); null when there is none',
  })
  @Restricted({ anyOf: [Permission.ReadAuditLog] })
  async subject(@Root() event: AuditEvent, @Ctx() ctx: RequestContext): Promise<AuditSubject | null> {
    return (await ctx.loaders.auditSubjects.load(event)).subject;
  }

  // Reached only through an event the caller may see (the audit log, or a promotion's or member's history).
  @FieldResolver(() => String, {
    nullable: true,
    description: 'The name of the user who made the change; null for the system (jobs) or a deleted user',
  })
  @SignedIn()
  async actorName(@Root() event: AuditEvent, @Ctx() ctx: RequestContext): Promise<string | null> {
    if (!event.actor) return null;
    return (await ctx.loaders.userById.load(event.actor.id))?.name ?? null;
  }
}
