import { useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { DeclineInvitationDocument, LeavePromotionDocument } from '@motiva/schema';
import { ErrorAlert, errorCode, notify } from '@motiva/ui';

type Exit = 'decline' | 'leave';

/**
 * "Decline invitation" or "Leave promotion", each confirmed first: the brand sees the answer in the
 * member's history. The membership stays (DECLINED or LEFT); joining again stays possible.
 */
export function ExitButton({ exit, memberId, promotionName }: { exit: Exit; memberId: string; promotionName: string }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const options = { refetchQueries: ['ParticipantPromotion', 'MemberHistory', 'ParticipantPromotions'], awaitRefetchQueries: true };
  const [decline, declining] = useMutation(DeclineInvitationDocument, options);
  const [leave, leaving] = useMutation(LeavePromotionDocument, options);
  const state = exit === 'decline' ? declining : leaving;
  const key = (k: string) => `participant.promotion.exit.${k}`;

  const run = async () => {
    try {
      if (exit === 'decline') await decline({ variables: { memberId } });
      else await leave({ variables: { memberId } });
      setConfirming(false);
      notify.success(t(key(exit === 'decline' ? 'declined' : 'left'), { name: promotionName }));
    } catch (failure) {
      // Out of date (declined in another tab, the promotion ended): show where things stand now.
      if (errorCode(failure) === 'CONFLICT' || errorCode(failure) === 'NOT_FOUND') {
        setConfirming(false);
        notify.error(t(key('conflict')));
        void state.client.refetchQueries({ include: ['ParticipantPromotion', 'MemberHistory'] });
      }
    }
  };

  return (
    <>
      <Button
        variant={exit === 'decline' ? 'default' : 'subtle'}
        color={exit === 'decline' ? undefined : 'red'}
        size={exit === 'decline' ? 'md' : 'sm'}
        onClick={() => {
          state.reset();
          setConfirming(true);
        }}
        data-testid={`${exit}-button`}
        // Declining sits beside "Accept" in the invitation panel (full width on phones); leaving is a quiet link-like button in the terms' header.
        w={exit === 'decline' ? { base: '100%', xs: 'auto' } : undefined}
      >
        {t(exit === 'decline' ? 'participant.promotion.join.decline' : key('leave'))}
      </Button>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t(key(`${exit}Title`))}
        centered
        closeButtonProps={{ 'aria-label': t('common.close') }}
        attributes={{ content: { 'data-testid': 'exit-confirm' } as Record<string, string> }}
      >
        <Stack gap="lg">
          <Text fz="sm">{t(key(`${exit}Text`), { name: promotionName })}</Text>
          <ErrorAlert error={state.error} testId="exit-error" />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(false)} data-testid="exit-cancel">
              {t(key('keep'))}
            </Button>
            <Button color="red" loading={state.loading} onClick={() => void run()} data-testid="exit-ok">
              {t(key(`${exit}Ok`))}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
