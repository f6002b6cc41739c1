import { useState } from 'react';
import { Alert, Button, Group, Modal } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { BrandPromotionTrackingDocument, IssueMemberTrackingDocument, type IssueTrackingOutcome } from '@motiva/schema';
import { ErrorAlert, IconAlert, OutcomeResults, notify } from '@motiva/ui';
import { ReasonTooltip } from '../../shared/ReasonTooltip';
import type { Member } from '../memberFormat';
import { TrackingSetupDrawer } from './TrackingSetupDrawer';

const OUTCOME_COLOR: Record<IssueTrackingOutcome, string> = {
  ISSUED: 'green',
  ALREADY_HAD: 'gray',
  FAILED: 'red',
  NOT_ELIGIBLE: 'orange',
  NOT_FOUND: 'red',
};

interface Issued {
  rows: Array<{ memberId: string; participantName: string | null; outcome: IssueTrackingOutcome; message: string | null }>;
  names: Map<string, string>;
}

/**
 * For a promotion with tracking links or promo codes: a banner naming what the set-up still misses (with
 * the set-up panel right here), and the bulk action that issues links and codes to the selected or all members.
 */
export function TrackingBanner({
  promotionId,
  selected,
  ended,
}: {
  promotionId: string;
  selected: ReadonlyMap<string, Member>;
  ended: boolean;
}) {
  const { t } = useTranslation();
  const k = (key: string) => `brand.promotions.tracking.${key}`;
  const query = useQuery(BrandPromotionTrackingDocument, { variables: { id: promotionId } });
  const [setupOpen, setSetupOpen] = useState(false);
  const [issued, setIssued] = useState<Issued | null>(null);
  const [issue, issueState] = useMutation(IssueMemberTrackingDocument, { refetchQueries: ['BrandPromotionMembers', 'PromotionHistory'] });
  const promotion = query.data?.promotion;
  const tracking = promotion?.tracking;
  if (!promotion || !tracking) return null;
  const uses = promotion.trackingModes.some((m) => m === 'TRACKING_LINK' || m === 'PROMO_CODE');
  if (!uses) return null;
  const missing = tracking.setup.missing.map((gap) => t(k(`missing.${gap}`))).join('; ');
  const blocked = ended ? t('brand.promotions.members.move.ended') : tracking.setup.complete ? null : t(k('issue.blocked'));

  const run = async () => {
    const memberIds = selected.size ? [...selected.keys()] : null;
    try {
      const res = await issue({ variables: { input: { promotionId, memberIds } } });
      setIssued({
        rows: res.data?.issueMemberTracking ?? [],
        names: new Map([...selected.values()].map((m) => [m.id, m.participant.name])),
      });
    } catch {
      notify.error(t(k('issue.failed')));
    }
  };

  return (
    <>
      {!tracking.setup.complete && (
        <Alert color="orange" variant="light" icon={<IconAlert size={18} />} title={t(k('banner.title'))} data-testid="tracking-banner">
          <Group justify="space-between" gap="sm" wrap="wrap">
            <span>{t(k('banner.body'), { missing })}</span>
            <Button size="xs" onClick={() => setSetupOpen(true)} disabled={ended} data-testid="tracking-banner-open">
              {t(k('banner.open'))}
            </Button>
          </Group>
        </Alert>
      )}
      <Group gap="sm" justify="flex-end">
        {tracking.setup.complete && (
          <Button variant="subtle" onClick={() => setSetupOpen(true)} disabled={ended} data-testid="tracking-settings">
            {t(k('banner.edit'))}
          </Button>
        )}
        <ReasonTooltip reason={blocked}>
          <Button variant="light" disabled={!!blocked} loading={issueState.loading} onClick={() => void run()} data-testid="tracking-issue">
            {selected.size ? t(k('issue.selected'), { count: selected.size }) : t(k('issue.all'))}
          </Button>
        </ReasonTooltip>
      </Group>
      <ErrorAlert error={issueState.error} messageKey={k('issue.failed')} withServerMessage testId="tracking-issue-error" />
      {setupOpen && (
        <TrackingSetupDrawer
          opened
          onClose={() => setSetupOpen(false)}
          promotion={promotion}
          siteDomains={query.data?.me?.brand?.siteDomains ?? []}
        />
      )}
      <Modal opened={!!issued} onClose={() => setIssued(null)} title={t(k('issue.title'))} size="lg" data-testid="tracking-issued">
        {issued && (
          <OutcomeResults
            testId="tracking-issue-results"
            rowTestId="tracking-issue-result"
            colors={OUTCOME_COLOR}
            summaryLabel={(outcome, count) => t(k(`issue.summary.${outcome}`), { count })}
            outcomeLabel={(outcome) => t(k(`issue.outcome.${outcome}`))}
            headers={{
              name: t('brand.promotions.members.participant'),
              outcome: t('brand.promotions.members.result'),
              message: t('brand.promotions.members.message'),
            }}
            rows={issued.rows.map((r) => ({
              key: r.memberId,
              name: r.participantName ?? issued.names.get(r.memberId) ?? r.memberId,
              outcome: r.outcome,
              message: r.outcome === 'NOT_ELIGIBLE' ? t(k('issue.notEligible')) : (r.message ?? null),
            }))}
          />
        )}
      </Modal>
    </>
  );
}
