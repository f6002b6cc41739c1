import { defineFeature } from '../../define-feature';
import { releaseJob, releaseSweepJob } from './ledger.jobs';
import { LedgerResolver } from './ledger.resolver';
import { LedgerJournal } from './ledger-journal.entity';

/** The double-entry points ledger: accounts, journals, balances, held lots and their release. */
export const ledgerFeature = defineFeature({
  name: 'ledger',
  resolvers: [LedgerResolver],
  entities: [LedgerJournal],
  jobs: [releaseJob, releaseSweepJob],
});
