import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  AdminEndPromotionDocument,
  AdminModeratePromotionDocument,
  AdminPausePromotionDocument,
  AdminResumePromotionDocument,
  type AdminPromotionFieldsFragment,
} from '@motiva/schema';
import { IconAlert, IconCheck, IconX, errorCode, errorMessage, errorMessageKey, fieldErrors, notify, useFormat } from '@motiva/ui';
import { RejectModal } from '../ModerationActions';

type Lifecycle = 'pause' | 'resume' | 'end';
type Busy = 'approve' | 'reject' | Lifecycle | null;

/** After any action the queue (a decided promotion leaves IN_REVIEW) and the history change. */
const REFETCH = ['AdminPromotions', 'AdminPromotionHistory'];

interface ActionError {
  title: string;
  /** The API's own words for a CONFLICT (why it could not be done), else a translated message. */
  message: string;
  /** Set for a CONFLICT: the sentence introducing the server's words. */
  intro: string | null;
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

  const fail = (error: unknown, title: string, intro: string) => {
    const conflict = errorCode(error) === 'CONFLICT';
    setFailure({ title, message: conflict ? (errorMessage(error) ?? t(errorMessageKey(error))) : t(errorMessageKey(error)), intro: conflict ? intro : null });
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
      fail(error, t(key('conflictTitle')), t(key('conflictText')));
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
        fail(error, t(key('failed')), t(key('statusConflictText')));
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
      fail(error, t(key('failed')), t(key('statusConflictText')));
    } finally {
      setBusy(null);
    }
  };

  const status = promotion.status;
  const buttons = [];
  if (status === 'IN_REVIEW') {
    buttons.push(
      <Button key="approve" color="green" leftSection={<IconCheck size={16} />} loading={busy === 'approve'} disabled={busy !== null && busy !== 'approve'} onClick={() => void approve()} data-testid="approve-button">
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
      <Button key="pause" color="orange" variant="light" disabled={busy !== null} onClick={() => setConfirming('pause')} data-testid="pause-button">
        {t(key('pause'))}
      </Button>,
    );
  }
  if (status === 'PAUSED') {
    buttons.push(
      <Button key="resume" color="green" variant="light" disabled={busy !== null} onClick={() => setConfirming('resume')} data-testid="resume-button">
        {t(key('resume'))}
      </Button>,
    );
  }
  if (status === 'SCHEDULED' || status === 'ACTIVE' || status === 'PAUSED') {
    buttons.push(
      <Button key="end" color="red" variant="outline" disabled={busy !== null} onClick={() => setConfirming('end')} data-testid="end-button">
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
        <Alert color="red" variant="light" icon={<IconAlert />} title={failure.title} withCloseButton onClose={() => setFailure(null)} data-testid="promotion-action-error" role="alert">
          <Stack gap={4}>
            {failure.intro && <Text fz="sm">{failure.intro}</Text>}
            <Text fz="sm" fw={failure.intro ? 500 : undefined} style={{ overflowWrap: 'anywhere' }} data-testid="promotion-action-error-message">
              {failure.message}
            </Text>
          </Stack>
        </Alert>
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
      <Modal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title={confirming ? t(key(`confirm.${confirming}Title`), { name }) : ''}
        centered
        size="md"
        data-testid="confirm-modal"
      >
        {confirming && (
          <Stack gap="md">
            <Text fz="sm">{t(key(`confirm.${confirming}Text`), { date: format.dateTime(promotion.endsAt) })}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(null)} data-testid="confirm-cancel">
                {t(key('confirm.cancel'))}
              </Button>
              <Button
                color={confirming === 'resume' ? 'green' : confirming === 'pause' ? 'orange' : 'red'}
                loading={busy === confirming}
                onClick={() => void runLifecycle(confirming)}
                data-testid="confirm-action"
              >
                {t(key(confirming === 'end' ? 'end' : confirming))}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
