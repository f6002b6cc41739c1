import type { RequestContext } from '../../context';
import { recordAudit } from '../audit/audit.service';
import { accrueSaleRewards } from '../ledger/ledger.postings';
import { notifyMany } from '../notifications/notification.service';
import { SaleStatus } from './sale.enums';
import type { SaleDecisionReasonInput } from './sales.inputs';

const DAY_MS = 86_400_000;

/** PostgreSQL's order of uuids: their bytes, which is the order of their lowercase hex text. */
const byUuid = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

export type Verdict = { status: SaleStatus.APPROVED } | { status: SaleStatus.REJECTED; reason: SaleDecisionReasonInput };

/** What the decision's UPDATE hands back about each sale it changed. */
export interface Decided {
  id: string;
  participant_id: string;
  brand_id: string;
  promotion_id: string;
  reward_minor: string;
  currency: string;
  holding_days: number;
  user_id: string;
}

/**
 * Marks the sales decided, only those still PENDING (`where status = 'PENDING'`): of concurrent
 * decisions on one sale the first to take its row lock wins, the others find it decided and skip it.
 * The rows are locked in id order, so two pages sharing sales wait for each other, never deadlock.
 */
export async function markDecided(tx: RequestContext, saleIds: readonly string[], verdict: Verdict): Promise<Decided[]> {
  const reason = verdict.status === SaleStatus.REJECTED ? verdict.reason : null;
  const ordered = [...saleIds].sort(byUuid);
  return tx.em.execute<Decided[]>(
    `with locked as (
       select id from sale where id in (${ordered.map(() => '?').join(', ')}) and status = 'PENDING' order by id for update
     )
     update sale s set status = ?::sale_status, decision_code = ?::sale_rejection_code, decision_text = ?,
            decided_by_id = ?, decided_at = now(), updated_at = now()
       from locked, promotion p, participant pt
      where s.id = locked.id and s.status = 'PENDING' and p.id = s.promotion_id and pt.id = s.participant_id
      returning s.id, s.participant_id, s.brand_id, s.promotion_id, s.reward_minor::text, s.currency, p.holding_days, pt.user_id`,
    [...ordered, verdict.status, reason?.code ?? null, reason?.text || null, tx.viewer!.userId],
  );
}

/** The decision's audit events and the participants' notifications (outbox rows and delivery jobs). */
export async function recordDecisions(tx: RequestContext, decided: readonly Decided[], verdict: Verdict): Promise<void> {
  const reason = verdict.status === SaleStatus.REJECTED ? verdict.reason : null;
  const approved = verdict.status === SaleStatus.APPROVED;
  for (const d of decided) {
    recordAudit(tx, {
      action: approved ? 'sale.approved' : 'sale.rejected',
      entityType: 'Sale',
      entityId: d.id,
      scopeId: d.promotion_id,
      before: { status: SaleStatus.PENDING },
      // rejectionReason: the history lists' sentence quotes it.
      after: {
        status: verdict.status,
        rewardMinor: d.reward_minor,
        ...(reason ? { reasonCode: reason.code, rejectionReason: reason.text || reason.code } : {}),
      },
    });
  }
  await notifyMany(
    tx,
    decided.map((d) => ({
      recipientId: d.user_id,
      template: approved ? 'sale.approved' : 'sale.rejected',
      payload: {
        saleId: d.id,
        rewardMinor: d.reward_minor,
        currency: d.currency,
        ...(reason ? { reasonCode: reason.code, reason: reason.text } : {}),
      },
    })),
  );
}

/**
 * Posts the approved sales' rewards through the one ledger (accrueSaleRewards: an ACCRUAL into each
 * participant's held account, released at now + the promotion's holding days; idempotent by sale), all
 * in one posting statement. Postings come last in the transaction: they lock the brand's shared balance
 * row, which every approval of the brand's sales needs, so it is held only for the posting and the commit.
 */
export async function postRewards(tx: RequestContext, decided: readonly Decided[]): Promise<void> {
  await accrueSaleRewards(
    tx.em,
    decided.map((d) => ({
      saleId: d.id,
      participantId: d.participant_id,
      brandId: d.brand_id,
      amountMinor: BigInt(d.reward_minor),
      releaseAt: new Date(Date.now() + d.holding_days * DAY_MS),
    })),
  );
}
