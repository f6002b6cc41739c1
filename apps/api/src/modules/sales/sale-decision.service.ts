import { Permission } from '@motiva/schema';
import { can } from '../../auth/access';
import type { RequestContext } from '../../context';
import { ForbiddenError } from '../../shared/errors';
import { isId } from '../../shared/ids';
import { withTransaction } from '../../shared/transaction';
import { markDecided, postRewards, recordDecisions, type Verdict } from './sale-decision.steps';
import { salesByIds } from './sale-list';
import { SaleDecisionOutcome, SaleStatus } from './sale.enums';
import type { SaleRow } from './sale.rows';
import type { SaleDecisionReasonInput } from './sales.inputs';

export interface SaleDecision {
  saleId: string;
  outcome: SaleDecisionOutcome;
  sale: SaleRow | null;
}

/**
 * Approves pending sales with an outcome per sale. Approval posts each reward to the ledger (released
 * after the promotion's holding days) in the same transaction as the sale's status change.
 */
export function approveSales(ctx: RequestContext, ids: readonly string[]): Promise<SaleDecision[]> {
  return decide(ctx, ids, { status: SaleStatus.APPROVED });
}

/** Rejects pending sales with a reason (a code from the list and free text) the participant sees. */
export function rejectSales(ctx: RequestContext, ids: readonly string[], reason: SaleDecisionReasonInput): Promise<SaleDecision[]> {
  return decide(ctx, ids, { status: SaleStatus.REJECTED, reason: { code: reason.code, text: reason.text.trim() } });
}

/**
 * A page of sales is decided in one transaction: its status changes, audit events, notifications,
 * held lots, journals and jobs each go to the database as one statement for the whole page, so a page
 * of 25 costs about what one sale did. Pages of different moderators cannot deadlock: each locks its
 * sales in id order first, and its postings lock the balance rows in account order in one statement
 * (the ledger's trigger). If anything in the page fails, that transaction rolls back and the page is
 * decided again sale by sale, each in its own transaction, so one sale's failure (a ledger refusal)
 * leaves only that sale pending, with the outcome FAILED, and never takes the others' outcomes with it.
 */
async function decide(ctx: RequestContext, ids: readonly string[], verdict: Verdict): Promise<SaleDecision[]> {
  if (!can(ctx.viewer, Permission.ModerateSales)) throw new ForbiddenError();
  const wanted = [...new Set(ids.map((id) => id.toLowerCase()))];
  const valid = wanted.filter((id) => isId(id));
  const decidedIds = new Set<string>();
  const failed = new Set<string>();
  try {
    for (const decided of await decideInTransaction(ctx, valid, verdict)) decidedIds.add(decided);
  } catch (pageError) {
    ctx.log.warn({ err: pageError, sales: valid.length }, 'deciding a page of sales failed; deciding them one by one');
    for (const id of valid) {
      try {
        for (const decided of await decideInTransaction(ctx, [id], verdict)) decidedIds.add(decided);
      } catch (error) {
        ctx.log.error({ err: error, saleId: id }, 'deciding a sale failed');
        failed.add(id);
      }
    }
  }
  const sales = await salesByIds(ctx, valid);
  const done = verdict.status === SaleStatus.APPROVED ? SaleDecisionOutcome.APPROVED : SaleDecisionOutcome.REJECTED;
  return wanted.map((id) => {
    const sale = sales.get(id) ?? null;
    const outcome = decidedIds.has(id)
      ? done
      : failed.has(id)
        ? SaleDecisionOutcome.FAILED
        : sale
          ? SaleDecisionOutcome.ALREADY_DECIDED
          : SaleDecisionOutcome.NOT_FOUND;
    return { saleId: id, outcome, sale };
  });
}

/** Decides the sales still pending among `ids` in one transaction; the ids it decided. */
async function decideInTransaction(ctx: RequestContext, ids: readonly string[], verdict: Verdict): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  return withTransaction(ctx, async (tx) => {
    const decided = await markDecided(tx, ids, verdict);
    await recordDecisions(tx, decided, verdict);
    if (verdict.status === SaleStatus.APPROVED) await postRewards(tx, decided);
    return new Set(decided.map((d) => d.id));
  });
}
