import { defineFeature } from '../../define-feature';
import { PayoutCard, Withdrawal } from './withdrawal.entities';
import { payoutJob, payoutSweepJob } from './withdrawals.jobs';
import { WithdrawalsResolver } from './withdrawals.resolver';

/** Payout cards (tokenized by the payout provider), withdrawal requests, the admin queue and the payout job. */
export const withdrawalsFeature = defineFeature({
  name: 'withdrawals',
  resolvers: [WithdrawalsResolver],
  entities: [PayoutCard, Withdrawal],
  jobs: [payoutJob, payoutSweepJob],
});
