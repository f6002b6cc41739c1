import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Permission } from '@motiva/schema';
import type { RequestContext } from '../../context';
import { Allow, SignedIn } from '../../auth/policy';
import { DEFAULT_PAGE, PageInput } from '../../shared/pagination';
import { AdjustBalanceInput } from './ledger.inputs';
import * as ledger from './ledger.service';
import { LedgerHistoryPage, LedgerVerificationReport, WalletBalance, WalletSettings } from './ledger.types';
import { verifyLedger } from './ledger.verify';

const pageArg = { nullable: true, description: 'Which page; the first 20 when left out' } as const;

@Resolver()
export class LedgerResolver {
  @Query(() => WalletSettings, { description: 'The ledger’s currency, the size of a point and the smallest withdrawal' })
  @SignedIn()
  walletSettings(@Ctx() ctx: RequestContext): WalletSettings {
    return ledger.walletSettings(ctx);
  }

  @Query(() => WalletBalance, { description: 'The caller’s own balances and upcoming releases' })
  @Allow(Permission.ManageOwnWallet)
  myBalance(@Ctx() ctx: RequestContext) {
    return ledger.balanceOf(ctx, ledger.ownParticipantId(ctx));
  }

  @Query(() => LedgerHistoryPage, { description: 'The caller’s own ledger history, newest first' })
  @Allow(Permission.ManageOwnWallet)
  myLedgerHistory(@Ctx() ctx: RequestContext, @Arg('page', () => PageInput, pageArg) page?: PageInput) {
    return ledger.historyOf(ctx, ledger.ownParticipantId(ctx), page ?? DEFAULT_PAGE);
  }

  @Query(() => WalletBalance, { description: 'Admins: any participant’s balances' })
  @Allow(Permission.AdjustBalances)
  async participantBalance(@Ctx() ctx: RequestContext, @Arg('participantId', () => ID, { description: 'The participant' }) id: string) {
    return ledger.balanceOf(ctx, (await ledger.assertParticipant(ctx, id)).participantId);
  }

  @Query(() => LedgerHistoryPage, { description: 'Admins: any participant’s ledger history, newest first' })
  @Allow(Permission.AdjustBalances)
  async participantLedgerHistory(
    @Ctx() ctx: RequestContext,
    @Arg('participantId', () => ID, { description: 'The participant' }) id: string,
    @Arg('page', () => PageInput, pageArg) page?: PageInput,
  ) {
    return ledger.historyOf(ctx, (await ledger.assertParticipant(ctx, id)).participantId, page ?? DEFAULT_PAGE);
  }

  @Mutation(() => WalletBalance, {
    description: 'Admins: credit or debit a participant’s available balance, with a reason; answers the new balances',
  })
  @Allow(Permission.AdjustBalances)
  adjustBalance(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AdjustBalanceInput, { description: 'The adjustment' }) input: AdjustBalanceInput,
  ) {
    return ledger.adjustBalance(ctx, input);
  }

  @Query(() => LedgerVerificationReport, { description: 'Admins: recompute every balance from the entries and check every journal' })
  @Allow(Permission.VerifyLedger)
  async verifyLedger(@Ctx() ctx: RequestContext): Promise<LedgerVerificationReport> {
    const report = await verifyLedger(ctx.em);
    return {
      ...report,
      unbalancedJournals: report.unbalancedJournals.map((j) => ({ ...j, sumMinor: j.sum.toString() })),
      balanceMismatches: report.balanceMismatches.map((m) => ({
        ...m,
        storedMinor: m.stored.toString(),
        computedMinor: m.computed.toString(),
      })),
      checkedAt: new Date(),
    };
  }
}
