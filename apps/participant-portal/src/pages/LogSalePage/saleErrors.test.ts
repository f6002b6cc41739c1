import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { saleRuleMessage } from './saleErrors';

const refused = (code: string, extensions: Record<string, unknown> = {}) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'refused', extensions: { code, ...extensions } }] });

describe('a refused sale in plain words', () => {
  it('names each sale rule, the budget cap apart from the participant’s, and the claim window’s days', () => {
    expect(saleRuleMessage(refused('DUPLICATE_RECEIPT'))?.key).toBe('participant.sales.errors.DUPLICATE_RECEIPT');
    expect(saleRuleMessage(refused('CAP_REACHED', { cap: 'BUDGET_CAP' }))?.key).toBe('participant.sales.errors.CAP_REACHED_BUDGET');
    expect(saleRuleMessage(refused('CAP_REACHED', { cap: 'PER_PARTICIPANT_CAP' }))?.key).toBe('participant.sales.errors.CAP_REACHED');
    expect(saleRuleMessage(refused('CLAIM_WINDOW_EXPIRED', { claimWindowDays: 14 }))).toEqual({
      key: 'participant.sales.errors.CLAIM_WINDOW_EXPIRED',
      values: { count: 14 },
    });
  });

  it('leaves other errors to the shared alert', () => {
    expect(saleRuleMessage(refused('BAD_USER_INPUT'))).toBeNull();
    expect(saleRuleMessage(new Error('network'))).toBeNull();
  });
});
