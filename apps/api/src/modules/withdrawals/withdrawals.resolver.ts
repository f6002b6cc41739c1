import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Permission } from '@motiva/schema';
import type { RequestContext } from '../../context';
import { Allow } from '../../auth/policy';
import { DEFAULT_PAGE, PageInput } from '../../shared/pagination';
import { approveWithdrawals, rejectWithdrawals } from './withdrawal-decisions.service';
import { listWithdrawals } from './withdrawal.rows';
import {
  AddCardInput,
  ApproveWithdrawalsInput,
  RejectWithdrawalsInput,
  RequestWithdrawalInput,
  WithdrawalFilter,
} from './withdrawals.inputs';
import * as withdrawals from './withdrawals.service';
import { PayoutCardView, WithdrawalDecisionOutcome, WithdrawalPage, WithdrawalView } from './withdrawals.types';

const pageArg = { nullable: true, description: 'Which page; the first 20 when left out' } as const;

@Resolver()
export class WithdrawalsResolver {
  @Query(() => [PayoutCardView], { description: 'The caller’s cards, oldest first' })
  @Allow(Permission.ManageOwnWallet)
  myCards(@Ctx() ctx: RequestContext) {
    return withdrawals.myCards(ctx);
  }

  @Mutation(() => PayoutCardView, {
    description: 'Adds a card through the payout provider; only its token, last four digits, brand and expiry are kept',
  })
  @Allow(Permission.ManageOwnWallet)
  addCard(@Ctx() ctx: RequestContext, @Arg('input', () => AddCardInput, { description: 'The card' }) input: AddCardInput) {
    return withdrawals.addCard(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'Removes one of the caller’s cards from new withdrawals; answers true' })
  @Allow(Permission.ManageOwnWallet)
  removeCard(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'The card' }) id: string) {
    return withdrawals.removeCard(ctx, id);
  }

  @Mutation(() => WithdrawalView, {
    description:
      'Asks to withdraw available points to a card; the amount is held at once. The same idempotency key answers the same withdrawal',
  })
  @Allow(Permission.ManageOwnWallet)
  requestWithdrawal(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RequestWithdrawalInput, { description: 'The withdrawal' }) input: RequestWithdrawalInput,
  ) {
    return withdrawals.requestWithdrawal(ctx, input);
  }

  @Query(() => WithdrawalPage, { description: 'The caller’s withdrawals, newest first' })
  @Allow(Permission.ManageOwnWallet)
  myWithdrawals(@Ctx() ctx: RequestContext, @Arg('page', () => PageInput, pageArg) page?: PageInput) {
    return withdrawals.myWithdrawals(ctx, page ?? DEFAULT_PAGE);
  }

  @Query(() => WithdrawalPage, { description: 'Admins: the withdrawals queue, oldest first' })
  @Allow(Permission.ModerateWithdrawals)
  withdrawals(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => WithdrawalFilter, { nullable: true, description: 'Which withdrawals; all when left out' })
    filter?: WithdrawalFilter,
    @Arg('page', () => PageInput, pageArg) page?: PageInput,
  ) {
    return listWithdrawals(ctx.em, filter ?? {}, page ?? DEFAULT_PAGE);
  }

  @Mutation(() => [WithdrawalDecisionOutcome], {
    description: 'Admins: approve REQUESTED withdrawals and send them to the payout provider; one outcome each',
  })
  @Allow(Permission.ModerateWithdrawals)
  approveWithdrawals(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ApproveWithdrawalsInput, { description: 'Which withdrawals' }) input: ApproveWithdrawalsInput,
  ) {
    return approveWithdrawals(ctx, input.ids);
  }

  @Mutation(() => [WithdrawalDecisionOutcome], {
    description: 'Admins: reject REQUESTED withdrawals with a reason; their amounts are available again. One outcome each',
  })
  @Allow(Permission.ModerateWithdrawals)
  rejectWithdrawals(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RejectWithdrawalsInput, { description: 'Which withdrawals, and why' }) input: RejectWithdrawalsInput,
  ) {
    return rejectWithdrawals(ctx, input.ids, input.reason);
  }
}
