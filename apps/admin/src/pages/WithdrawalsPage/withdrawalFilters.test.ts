import { describe, expect, it } from 'vitest';
import { WITHDRAWAL_FILTERS, isFiltered, withdrawalFilter } from './withdrawalFilters';

const participant = '7b0c7a4e-1f2d-4c3b-9a8e-0d1c2b3a4f5e';

describe('withdrawalFilter', () => {
  it('opens on the requested withdrawals of anyone, any time', () => {
    expect(withdrawalFilter(WITHDRAWAL_FILTERS)).toEqual({ statuses: ['REQUESTED'], participantId: null, from: null, to: null });
    expect(isFiltered(WITHDRAWAL_FILTERS)).toBe(false);
  });

  it('asks for every status on ALL, and for all on a status the API does not know', () => {
    expect(withdrawalFilter({ ...WITHDRAWAL_FILTERS, status: 'ALL' }).statuses).toBeNull();
    expect(withdrawalFilter({ ...WITHDRAWAL_FILTERS, status: 'LOST' }).statuses).toBeNull();
    expect(withdrawalFilter({ ...WITHDRAWAL_FILTERS, status: 'FAILED' }).statuses).toEqual(['FAILED']);
  });

  it('sends a participant only when the URL holds an id, and the days as a half-open range', () => {
    expect(withdrawalFilter({ ...WITHDRAWAL_FILTERS, participant: participant.toUpperCase() }).participantId).toBe(participant);
    expect(withdrawalFilter({ ...WITHDRAWAL_FILTERS, participant: 'anna' }).participantId).toBeNull();
    const range = withdrawalFilter({ ...WITHDRAWAL_FILTERS, from: '2026-11-20', to: '2026-11-20' });
    expect(range.from).not.toBeNull();
    expect(new Date(range.to!).getTime() - new Date(range.from!).getTime()).toBe(24 * 3600 * 1000);
    expect(isFiltered({ ...WITHDRAWAL_FILTERS, from: '2026-11-20' })).toBe(true);
  });
});
