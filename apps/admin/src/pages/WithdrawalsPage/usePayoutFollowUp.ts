import { useEffect, useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { AdminWithdrawalsDocument } from '@motiva/schema';
import type { OutcomeLine } from './decisionOutcomes';

/** How often, and for how long at most, the page asks about payouts it just sent. */
const POLL_MS = 3_000;
const GIVE_UP_MS = 120_000;

/**
 * After an approval the queue (REQUESTED by default) no longer shows the approved withdrawals, but
 * the results panel does: this asks for them (approved, paid or failed, requested since the oldest
 * of them) every few seconds until each is PAID or FAILED, or two minutes have passed. Withdrawals
 * are normalized in the cache, so the panel's rows turn PAID or FAILED as the answers arrive.
 */
export function usePayoutFollowUp(lines: readonly OutcomeLine[] | null) {
  const approved = useMemo(
    () => (lines ?? []).filter((l) => l.outcome === 'DONE' && l.row?.status === 'APPROVED').map((l) => l.row!),
    [lines],
  );
  const [startedAt, setStartedAt] = useState(0);
  const [expired, setExpired] = useState(false);
  useEffect(() => {
    if (approved.length === 0) return;
    setStartedAt(Date.now());
    setExpired(false);
    const timer = setTimeout(() => setExpired(true), GIVE_UP_MS);
    return () => clearTimeout(timer);
  }, [approved]);

  const since = approved.reduce<string | null>((min, w) => (min === null || w.createdAt < min ? w.createdAt : min), null);
  const { data } = useQuery(AdminWithdrawalsDocument, {
    variables: { filter: { statuses: ['APPROVED', 'PAID', 'FAILED'], from: since }, page: { offset: 0, limit: 100 } },
    skip: approved.length === 0 || expired,
    pollInterval: POLL_MS,
    fetchPolicy: 'network-only',
  });
  const settled = approved.every((w) => data?.withdrawals.items.some((item) => item.id === w.id && item.status !== 'APPROVED'));
  return { following: approved.length > 0 && !expired && !settled && startedAt > 0 };
}
