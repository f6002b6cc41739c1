import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ModerateParticipantDocument, ParticipantDocument } from '@motiva/schema';
import { useFormat } from '@motiva/ui';
import { ModerationDrawer, useDecide } from '../ModerationDrawer';
import { ParticipantBalance } from '../ParticipantBalance';

export function ParticipantDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(ParticipantDocument, { variables: { id: id ?? '' }, skip: !id });
  const [moderate] = useMutation(ModerateParticipantDocument, { refetchQueries: ['Participants', 'ModerationOverview'] });
  const participant = data?.participant && data.participant.id === id ? data.participant : undefined;
  const decide = useDecide(
    (decision, reason) => moderate({ variables: { input: { id: id!, decision, reason: reason ?? null } } }),
    participant?.name,
  );

  return (
    <ModerationDrawer
      statusKind="participant"
      opened={!!id}
      onClose={onClose}
      kindLabel={t('admin.drawer.participantTitle')}
      subject={participant}
      loading={loading}
      error={error}
      onRetry={() => void refetch()}
      onDecide={decide}
      details={
        participant
          ? [
              { label: t('admin.fields.email'), value: participant.email, testId: 'detail-email' },
              { label: t('admin.fields.phone'), value: participant.phone, numeric: true },
              { label: t('admin.fields.city'), value: participant.city },
              {
                label: t('admin.fields.partner'),
                value: participant.partner?.legalName ?? t('common.platformStaff'),
                testId: 'detail-partner',
              },
              { label: t('admin.fields.registered'), value: format.dateTime(participant.createdAt) },
              { label: t('admin.fields.id'), value: participant.id },
            ]
          : []
      }
    >
      {participant && <ParticipantBalance participantId={participant.id} />}
    </ModerationDrawer>
  );
}
