import { useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import {
  EndPromotionDocument,
  PausePromotionDocument,
  ResumePromotionDocument,
  SubmitPromotionDocument,
  type BrandPromotionFieldsFragment,
} from '@motiva/schema';
import { notify } from '@motiva/ui';
import { ReasonTooltip } from '../shared/ReasonTooltip';
import { canSubmit, isLocked } from '../shared/status';

type Action = 'submit' | 'pause' | 'resume' | 'end';

const REFETCH = ['BrandPromotions', 'PromotionHistory'];

/**
 * What the brand can do with a promotion in its status: edit, submit for review, pause, resume, end.
 * Submitting, pausing and ending ask first (each changes what every member can do); resuming does not.
 * An error goes up to the page (submit errors list what is missing).
 */
export function PromotionActions({
  promotion,
  onError,
}: {
  promotion: BrandPromotionFieldsFragment;
  onError: (error: unknown, action: Action) => void;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<Action | null>(null);
  const [submit, submitting] = useMutation(SubmitPromotionDocument, { refetchQueries: REFETCH });
  const [pause, pausing] = useMutation(PausePromotionDocument, { refetchQueries: REFETCH });
  const [resume, resuming] = useMutation(ResumePromotionDocument, { refetchQueries: REFETCH });
  const [end, ending] = useMutation(EndPromotionDocument, { refetchQueries: REFETCH });
  const status = promotion.status;
  const variables = { id: promotion.id };

  const run = async (action: Action) => {
    setConfirming(null);
    onError(null, action);
    try {
      if (action === 'submit') await submit({ variables });
      if (action === 'pause') await pause({ variables });
      if (action === 'resume') await resume({ variables });
      if (action === 'end') await end({ variables });
      notify.success(t(`brand.promotions.actions.done.${action}`, { name: promotion.name }));
    } catch (error) {
      onError(error, action);
    }
  };

  const editBlocked = isLocked(status) ? t(`brand.promotions.editor.locked.${status}.title`) : null;

  return (
    <Group gap="sm" data-testid="promotion-actions">
      <ReasonTooltip reason={editBlocked}>
        <Button
          component={Link}
          to={`/promotions/${promotion.id}/edit`}
          variant="default"
          disabled={!!editBlocked}
          onClick={(e) => editBlocked && e.preventDefault()}
          data-testid="promotion-edit"
        >
          {t('brand.promotions.actions.edit')}
        </Button>
      </ReasonTooltip>
      {canSubmit(status) && (
        <Button onClick={() => setConfirming('submit')} loading={submitting.loading} data-testid="promotion-submit">
          {t(status === 'REJECTED' ? 'brand.promotions.actions.resubmit' : 'brand.promotions.actions.submit')}
        </Button>
      )}
      {status === 'ACTIVE' && (
        <Button
          variant="light"
          color="orange"
          onClick={() => setConfirming('pause')}
          loading={pausing.loading}
          data-testid="promotion-pause"
        >
          {t('brand.promotions.actions.pause')}
        </Button>
      )}
      {status === 'PAUSED' && (
        <Button variant="light" color="green" onClick={() => void run('resume')} loading={resuming.loading} data-testid="promotion-resume">
          {t('brand.promotions.actions.resume')}
        </Button>
      )}
      {(status === 'SCHEDULED' || status === 'ACTIVE' || status === 'PAUSED') && (
        <Button variant="light" color="red" onClick={() => setConfirming('end')} loading={ending.loading} data-testid="promotion-end">
          {t('brand.promotions.actions.end')}
        </Button>
      )}

      <Modal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title={confirming ? t(`brand.promotions.actions.confirm.${confirming}.title`) : ''}
        centered
        closeButtonProps={{ 'aria-label': t('common.close') }}
        // On the visible panel, not the zero-size root, so tests can wait for it to show.
        attributes={{ content: { 'data-testid': 'promotion-confirm' } as Record<string, string> }}
      >
        {confirming && (
          <Stack gap="lg">
            <Text fz="sm">{t(`brand.promotions.actions.confirm.${confirming}.text`, { name: promotion.name })}</Text>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setConfirming(null)} data-testid="promotion-confirm-cancel">
                {t('common.cancel')}
              </Button>
              <Button
                color={confirming === 'end' ? 'red' : confirming === 'pause' ? 'orange' : undefined}
                onClick={() => void run(confirming)}
                data-testid="promotion-confirm-ok"
              >
                {t(`brand.promotions.actions.confirm.${confirming}.ok`)}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Group>
  );
}

export type { Action as PromotionAction };
