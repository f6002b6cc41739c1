import type { EntityManager } from '@mikro-orm/postgresql';
import { preparedQuery } from '../../db/prepared-query';
import { SqlParams } from '../../db/sql-params';
import { isId } from '../../shared/ids';
import { Money } from '../../shared/money';
import type { Page, PageInput } from '../../shared/pagination';
import type { WithdrawalStatus } from './withdrawal.entities';
import type { WithdrawalFilter } from './withdrawals.inputs';
import type { WithdrawalView } from './withdrawals.types';

interface WithdrawalRow {
  id: string;
  participant_id: string;
  participant_name: string;
  amount_minor: string;
  currency: string;
  status: WithdrawalStatus;
  failure_reason: string | null;
  rejection_reason: string | null;
  payout_attempts: number;
  created_at: Date;
  decided_at: Date | null;
  paid_at: Date | null;
  card_id: string;
  last4: string;
  card_brand: string;
  expiry_month: number;
  expiry_year: number;
  card_created_at: Date;
  total: string;
}

const SELECT = `select w.id, w.participant_id, u.name participant_name, w.amount_minor::text, w.currency, w.status, w.failure_reason,
    w.rejection_reason, w.payout_attempts, w.created_at, w.decided_at, w.paid_at, c.id card_id, c.last4, c.card_brand, c.expiry_month,
    c.expiry_year, c.created_at card_created_at, count(*) over () total
  from withdrawal w join payout_card c on c.id = w.card_id join participant p on p.id = w.participant_id join app_user u on u.id = p.user_id`;

function view(r: WithdrawalRow): WithdrawalView {
  return {
    id: r.id,
    participantId: r.participant_id,
    participantName: r.participant_name,
    amount: Money.of(BigInt(r.amount_minor), r.currency),
    status: r.status,
    failureReason: r.failure_reason,
    rejectionReason: r.rejection_reason,
    payoutAttempts: r.payout_attempts,
    createdAt: new Date(r.created_at),
    decidedAt: r.decided_at && new Date(r.decided_at),
    paidAt: r.paid_at && new Date(r.paid_at),
    card: {
      id: r.card_id,
      last4: r.last4,
      brand: r.card_brand,
      expiryMonth: r.expiry_month,
      expiryYear: r.expiry_year,
      createdAt: new Date(r.card_created_at),
    },
  };
}

/** One page of withdrawals with their cards, in one statement of plain rows; the total rides on each row. */
async function page(em: EntityManager, name: string, where: string[], params: SqlParams, order: string, p: PageInput) {
  const sql = `${SELECT} where ${where.join(' and ') || 'true'} order by ${order} limit ${params.add(p.limit)} offset ${params.add(p.offset)}`;
  const rows = await preparedQuery<WithdrawalRow>(em, name, sql, params.values);
  return { items: rows.map(view), total: rows.length ? Number(rows[0].total) : 0 } satisfies Page<WithdrawalView>;
}

/** The admin queue: oldest first. A participant filter that is no id matches nothing. */
export function listWithdrawals(em: EntityManager, filter: WithdrawalFilter, p: PageInput): Promise<Page<WithdrawalView>> {
  const params = new SqlParams();
  const where: string[] = [];
  if (filter.statuses?.length) where.push(`w.status = any(${params.add(`{${filter.statuses.join(',')}}`)}::withdrawal_status[])`);
  if (filter.participantId) where.push(isId(filter.participantId) ? `w.participant_id = ${params.add(filter.participantId)}` : 'false');
  if (filter.from) where.push(`w.created_at >= ${params.add(filter.from)}`);
  if (filter.to) where.push(`w.created_at < ${params.add(filter.to)}`);
  return page(em, 'withdrawal_queue', where, params, 'w.created_at asc, w.id asc', p);
}

/** A participant's own withdrawals, newest first. */
export function participantWithdrawals(em: EntityManager, participantId: string, p: PageInput): Promise<Page<WithdrawalView>> {
  const params = new SqlParams();
  return page(em, 'withdrawal_mine', [`w.participant_id = ${params.add(participantId)}`], params, 'w.created_at desc, w.id desc', p);
}

export async function withdrawalView(em: EntityManager, id: string): Promise<WithdrawalView | null> {
  const params = new SqlParams();
  const { items } = await page(em, 'withdrawal_one', [`w.id = ${params.add(id)}`], params, 'w.id', { limit: 1, offset: 0 });
  return items[0] ?? null;
}
