import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  AdminEndPromotionDocument,
  AdminModeratePromotionDocument,
  AdminPausePromotionDocument,
  AdminResumePromotionDocument,
  type AdminPromotionFieldsFragment,
} from '@motiva/schema';
import { ErrorAlert, IconCheck, IconX, errorCode, fieldErrors, notify, useFormat } from '@motiva/ui';
import { RejectModal } from '../ModerationActions';
import { ConfirmLifecycle, type Lifecycle } from './ConfirmLifecycle';

type Busy = 'approve' | 'reject' | Lifecycle | null;

/** After any action the queue (a decided promotion leaves IN_REVIEW) and the history change. */
const REFETCH = ['AdminPromotions', 'AdminPromotionHistory', 'ModerationOverview'];

interface ActionError {
  error: unknown;
  /** What could not be done. */
  title: string;
  /** For a CONFLICT, the i18n key introducing the API's own words (why it could not be done). */
  introKey: string | null;
}

/**
 * What an admin can do with a promotion in its current status: approve or reject one in review;
 * pause, resume or end a live one (each confirmed first, since members are notified).
 */
export function PromotionActions({ promotion, onConflict }: { promotion: AdminPromotionFieldsFragment; onConflict: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [busy, setBusy] = useState<Busy>(null);
  const [rejecting, setRejecting] = useState(false);
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Lifecycle | null>(null);
  const [failure, setFailure] = useState<ActionError | null>(null);
  const [moderate] = useMutation(AdminModeratePromotionDocument, { refetchQueries: REFETCH });
  const [pause] = useMutation(AdminPausePromotionDocument, { refetchQueries: REFETCH });
  const [resume] = useMutation(AdminResumePromotionDocument, { refetchQueries: REFETCH });
  const [end] = useMutation(AdminEndPromotionDocument, { refetchQueries: REFETCH });
  const name = promotion.name;
  const key = (k: string) => `admin.promotions.actions.${k}`;

  const fail = (error: unknown, title: string, introKey: string) => {
    const conflict = errorCode(error) === 'CONFLICT';
    setFailure({ error, title, introKey: conflict ? introKey : null });
    // Someone else may have decided or changed it meanwhile: show the promotion as it is now.
    if (conflict) onConflict();
  };

  const approve = async () => {
    setBusy('approve');
    setFailure(null);
    try {
      const { data } = await moderate({ variables: { input: { id: promotion.id, decision: 'APPROVE', reason: null } } });
      const saved = data?.moderatePromotion;
      notify.success(
        saved?.status === 'SCHEDULED'
          ? t(key('approvedScheduled'), { name, date: format.dateTime(saved.startsAt) })
          : t(key('approvedActive'), { name }),
      );
    } catch (error) {
      fail(error, t(key('conflictTitle')), key('conflictText'));
    } finally {
      setBusy(null);
    }
  };

  const reject = async (reason: string) => {
    setBusy('reject');
    setFailure(null);
    setReasonError(null);
    try {
      await moderate({ variables: { input: { id: promotion.id, decision: 'REJECT', reason } } });
      notify.success(t(key('rejected'), { name }));
      setRejecting(false);
    } catch (error) {
      if (fieldErrors(error).reason) {
        // The API's rule for a reason (at least 3 characters), in the moderator's language.
        setReasonError(t(key('reasonTooShort')));
      } else {
        setRejecting(false);
        fail(error, t(key('failed')), key('statusConflictText'));
      }
    } finally {
      setBusy(null);
    }
  };

  const runLifecycle = async (action: Lifecycle) => {
    setBusy(action);
    setFailure(null);
    const mutate = { pause, resume, end }[action];
    try {
      await mutate({ variables: { id: promotion.id } });
      notify.success(t(key({ pause: 'paused', resume: 'resumed', end: 'ended' }[action]), { name }));
      setConfirming(null);
    } catch (error) {
      setConfirming(null);
      fail(error, t(key('failed')), key('statusConflictText'));
    } finally {
      setBusy(null);
    }
  };

  const status = promotion.status;
  const buttons = [];
  if (status === 'IN_REVIEW') {
    buttons.push(
      <Button
        key="approve"
        color="green"
        leftSection={<IconCheck size={16} />}
        loading={busy === 'approve'}
        disabled={busy !== null && busy !== 'approve'}
        onClick={() => void approve()}
        data-testid="approve-button"
      >
        {t(key('approve'))}
      </Button>,
      <Button
        key="reject"
        color="red"
        variant="light"
        leftSection={<IconX size={16} />}
        disabled={busy !== null}
        onClick={() => {
          setReasonError(null);
          setRejecting(true);
        }}
        data-testid="reject-button"
      >
        {t(key('reject'))}
      </Button>,
    );
  }
  if (status === 'ACTIVE') {
    buttons.push(
      <Button
        key="pause"
        color="orange"
        variant="light"
        disabled={busy !== null}
        onClick={() => setConfirming('pause')}
        data-testid="pause-button"
      >
        {t(key('pause'))}
      </Button>,
    );
  }
  if (status === 'PAUSED') {
    buttons.push(
      <Button
        key="resume"
        color="green"
        variant="light"
        disabled={busy !== null}
        onClick={() => setConfirming('resume')}
        data-testid="resume-button"
      >
        {t(key('resume'))}
      </Button>,
    );
  }
  if (status === 'SCHEDULED' || status === 'ACTIVE' || status === 'PAUSED') {
    buttons.push(
      <Button
        key="end"
        color="red"
        variant="outline"
        disabled={busy !== null}
        onClick={() => setConfirming('end')}
        data-testid="end-button"
      >
        {t(key('end'))}
      </Button>,
    );
  }

  return (
    <>
      {buttons.length > 0 && (
        <Group gap="sm" data-testid="promotion-actions">
          {buttons}
        </Group>
      )}
      {failure && (
        <ErrorAlert
          error={failure.error}
          title={failure.title}
          // A conflict: why, in the server's words, after a sentence saying so; anything else by its code.
          messageKey={failure.introKey ?? undefined}
          withServerMessage={!!failure.introKey}
          onClose={() => setFailure(null)}
          testId="promotion-action-error"
        />
      )}
      <RejectModal
        opened={rejecting}
        name={name}
        loading={busy === 'reject'}
        onClose={() => setRejecting(false)}
        onConfirm={(reason) => void reject(reason)}
        text={t(key('rejectText'))}
        placeholder={t(key('reasonPlaceholder'))}
        minLength={3}
        serverError={reasonError}
      />
      <ConfirmLifecycle
        action={confirming}
        name={name}
        endsAt={promotion.endsAt}
        busy={busy === confirming}
        onCancel={() => setConfirming(null)}
        onConfirm={(action) => void runLifecycle(action)}
      />
    </>
  );
}
