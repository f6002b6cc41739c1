import { Arg, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '@motiva/schema';
import type { RequestContext } from '../../graphql/context';
import { Allow, SignedIn } from '../../auth/policy';
import { DEFAULT_PAGE, PageInput, Paginated } from '../../shared/pagination';
import { AuditEvent } from './audit-event.entity';
import { AuditEventFilter } from './audit.inputs';
import { listAuditEvents } from './audit.service';

@ObjectType('AuditEventPage')
class AuditEventPage extends Paginated(AuditEvent) {}

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Query(() => AuditEventPage)
  @Allow(Permission.ReadAuditLog)
  auditEvents(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => AuditEventFilter, { nullable: true }) filter?: AuditEventFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return listAuditEvents(ctx, filter ?? {}, page ?? DEFAULT_PAGE);
  }

  // Reached only through an event the caller may see (the audit log, or a promotion's or member's history).
  @FieldResolver(() => String, { nullable: true })
  @SignedIn()
  async actorName(@Root() event: AuditEvent, @Ctx() ctx: RequestContext): Promise<string | null> {
    if (!event.actor) return null;
    return (await ctx.loaders.userById.load(event.actor.id))?.name ?? null;
  }
}
