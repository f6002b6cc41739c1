import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useTranslation } from 'react-i18next';
import { JoinPromotionDocument } from '@motiva/schema';
import { ErrorAlert, errorCode, errorMessageKey, notify, statusLabelKey } from '@motiva/ui';
import { ExitButton } from './ExitButton';
import type { Promotion } from './types';

/** Statuses in which the API lets a participant join (or accept an invitation). */
const JOINABLE = ['SCHEDULED', 'ACTIVE'];

/** The i18n key for a failed join, from the API's typed error (and its CONFLICT message). */
function joinErrorKey(error: unknown): string {
  const code = errorCode(error);
  const message = CombinedGraphQLErrors.is(error) ? (error.errors[0]?.message ?? '') : '';
  if (code === 'CONFLICT' && /already/i.test(message)) return 'participant.promotion.join.already';
  if (code === 'CONFLICT' && /not open/i.test(message)) return 'participant.promotion.join.notOpen';
  if (code === 'NOT_FOUND') return 'participant.promotion.join.notFound';
  return errorMessageKey(error);
}

/**
 * "Join" for an open promotion; "Accept" or "Decline" an invitation; "Join again" after declining or
 * leaving; or why it cannot be joined.
 */
export function JoinPanel({ promotion }: { promotion: Promotion }) {
  const { t } = useTranslation();
  const membership = promotion.myMembership;
  const invited = membership?.stage === 'INVITED';
  // DECLINED or LEFT: the membership is kept, and joining again brings it back on its terms.
  const out = membership?.stage === 'DECLINED' || membership?.stage === 'LEFT' ? membership.stage : null;
  const text = (k: 'Title' | 'Text') =>
    t(
      invited
        ? `participant.promotion.join.invited${k}`
        : out === 'DECLINED'
          ? `participant.promotion.join.declined${k}`
          : out === 'LEFT'
            ? `participant.promotion.join.left${k}`
            : `participant.promotion.join.join${k}`,
    );
  const open = JOINABLE.includes(promotion.status);
  const [join, { loading, error, client }] = useMutation(JoinPromotionDocument, {
    variables: { promotionId: promotion.id },
    // myMembership lives on the promotion: fetch it again so the terms and history replace this panel.
    refetchQueries: ['ParticipantPromotion', 'MemberHistory'],
    awaitRefetchQueries: true,
  });

  if (!open) {
    return (
      <Alert
        color="gray"
        variant="light"
        title={out ? text('Title') : t('participant.promotion.join.closedTitle')}
        data-testid="join-closed"
      >
        {t('participant.promotion.join.closedText', { status: t(statusLabelKey('promotion', promotion.status)) })}
      </Alert>
    );
  }
  const onJoin = () =>
    join()
      .then(() =>
        notify.success(
          t(
            invited
              ? 'participant.promotion.join.accepted'
              : out
                ? 'participant.promotion.join.rejoined'
                : 'participant.promotion.join.joined',
            { name: promotion.name },
          ),
        ),
      )
      .catch((failure: unknown) => {
        // The error shows under the button. A conflict means this page is out of date (joined in
        // another tab, or the promotion was paused): say so in a toast, which outlives this panel,
        // and reload the promotion so the page shows the terms or why it is closed.
        const code = errorCode(failure);
        if (code === 'CONFLICT' || code === 'NOT_FOUND') {
          notify.error(t(joinErrorKey(failure)));
          void client.refetchQueries({ include: ['ParticipantPromotion', 'ParticipantPromotions'] });
        }
      });

  return (
    <Paper
      withBorder
      radius="md"
      p={{ base: 'md', sm: 'lg' }}
      bg={invited ? 'violet.0' : out ? 'gray.0' : 'motiva.0'}
      data-testid="join-panel"
      data-membership={out ?? (invited ? 'INVITED' : 'NONE')}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="center" gap="md" wrap="wrap">
          <Stack gap={2} style={{ flex: '1 1 280px' }}>
            <Text fw={700} fz="lg">
              {text('Title')}
            </Text>
            <Text fz="sm">{text('Text')}</Text>
          </Stack>
          <Group gap="sm" w={{ base: '100%', xs: 'auto' }}>
            {invited && membership && <ExitButton exit="decline" memberId={membership.id} promotionName={promotion.name} />}
            <Button size="md" onClick={onJoin} loading={loading} data-testid="join-button" w={{ base: '100%', xs: 'auto' }}>
              {t(
                invited
                  ? 'participant.promotion.join.accept'
                  : out
                    ? 'participant.promotion.join.rejoin'
                    : 'participant.promotion.join.join',
              )}
            </Button>
          </Group>
        </Group>
        <ErrorAlert error={error} messageKey={error ? joinErrorKey(error) : undefined} testId="join-error" />
      </Stack>
    </Paper>
  );
}
