import { PLATFORM_CURRENCY_RULE } from '../../config';

let cached: string | undefined;

/**
 * The ledger's one currency, for postings that get only an EntityManager (accrueSaleReward is called
 * inside the sales feature's transaction). It reads PLATFORM_CURRENCY with the rule config.ts
 * validated at boot, so it is the value AppConfig.wallet.currency holds.
 */
export function ledgerCurrency(): string {
  cached ??= PLATFORM_CURRENCY_RULE.parse(process.env.PLATFORM_CURRENCY);
  return cached;
}
