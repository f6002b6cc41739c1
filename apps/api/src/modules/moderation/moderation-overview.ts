import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Permission } from '@motiva/schema';
import type { RequestContext } from '../../context';
import { can } from '../../auth/access';
import { preparedQuery } from '../../db/prepared-query';

/** The admin's moderation queues, in the order the overview and the menu show them. */
export enum ModerationQueue {
  PARTICIPANTS = 'PARTICIPANTS',
  PARTNERS = 'PARTNERS',
  PRODUCTS = 'PRODUCTS',
  PROMOTIONS = 'PROMOTIONS',
  SALES = 'SALES',
  WITHDRAWALS = 'WITHDRAWALS',
}

registerEnumType(ModerationQueue, {
  name: 'ModerationQueue',
  description: 'One of the admin moderation queues',
  valuesConfig: {
    PARTICIPANTS: { description: 'Participants waiting for approval of their registration' },
    PARTNERS: { description: 'Partner companies waiting for approval of their registration' },
    PRODUCTS: { description: 'Products waiting for approval' },
    PROMOTIONS: { description: 'Promotions submitted for review' },
    SALES: { description: 'Sales logged by participants and waiting for approval' },
    WITHDRAWALS: { description: 'Withdrawals requested by participants and waiting for approval' },
  },
});

@ObjectType('ModerationQueueSummary', { description: 'What is waiting in one moderation queue' })
export class ModerationQueueSummary {
  @Field(() => ModerationQueue, { description: 'The queue' })
  queue!: ModerationQueue;

  @Field(() => Int, { description: 'Records waiting for a decision' })
  waiting!: number;

  @Field(() => Date, {
    nullable: true,
    description:
      'The earliest last change among the waiting records (when the longest-waiting one entered the queue), UTC; null when none waits',
  })
  oldestWaitingSince!: Date | null;
}

/**
 * Each queue: who may moderate it and which rows wait in it. A queue joins the overview by a line
 * here; the caller sees only the queues they may moderate.
 */
const QUEUES: { queue: ModerationQueue; permission: Permission; table: string; waiting: string; since: string }[] = [
  {
    queue: ModerationQueue.PARTICIPANTS,
    permission: Permission.ModerateParticipants,
    table: 'participant',
    waiting: `status = 'PENDING'`,
    since: 'updated_at',
  },
  {
    queue: ModerationQueue.PARTNERS,
    permission: Permission.ModeratePartners,
    table: 'partner',
    waiting: `status = 'PENDING'`,
    since: 'updated_at',
  },
  {
    queue: ModerationQueue.PRODUCTS,
    permission: Permission.ModerateProducts,
    table: 'product',
    waiting: `status = 'PENDING'`,
    since: 'updated_at',
  },
  {
    queue: ModerationQueue.PROMOTIONS,
    permission: Permission.ModeratePromotions,
    table: 'promotion',
    waiting: `status = 'IN_REVIEW'`,
    since: 'updated_at',
  },
  // Sales and withdrawals never change while they wait, so the queue entry time is their creation.
  {
    queue: ModerationQueue.SALES,
    permission: Permission.ModerateSales,
    table: 'sale',
    waiting: `status = 'PENDING'`,
    since: 'submitted_at',
  },
  {
    queue: ModerationQueue.WITHDRAWALS,
    permission: Permission.ModerateWithdrawals,
    table: 'withdrawal',
    waiting: `status = 'REQUESTED'`,
    since: 'created_at',
  },
];

/**
 * One statement for every queue the caller moderates: the overview is the admin's home page and the
 * menu's counts, polled while the portal is open, so it is plain SQL over the status indexes.
 */
export async function moderationOverview(ctx: RequestContext): Promise<ModerationQueueSummary[]> {
  const visible = QUEUES.filter((q) => can(ctx.viewer, q.permission));
  if (visible.length === 0) return [];
  const sql = visible
    .map((q, i) => `select ${i} as position, count(*)::int as waiting, min(${q.since}) as oldest from ${q.table} where ${q.waiting}`)
    .join(' union all ');
  const rows = await preparedQuery<{ position: number; waiting: number; oldest: string | null }>(
    ctx.em,
    // Named by the queues' positions: one statement text per subset of queues.
    `motiva_moderation_overview_${visible.map((q) => QUEUES.indexOf(q)).join('_')}`,
    `${sql} order by position`,
    [],
  );
  return rows.map((row) => ({
    queue: visible[row.position]!.queue,
    waiting: row.waiting,
    oldestWaitingSince: row.oldest === null ? null : new Date(row.oldest),
  }));
}
