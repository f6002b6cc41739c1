export { PAYOUT_KINDS, formatPayoutValue, isPercentKind } from './payoutText';
export { usePayoutText, type PayoutText } from './usePayoutText';
