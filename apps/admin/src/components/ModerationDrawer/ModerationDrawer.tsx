import type { ReactNode } from 'react';
import { Alert, Center, Divider, Drawer, Group, Loader, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ModerationDecisionFieldsFragment, ModerationStatus } from '@motiva/schema';
import { DetailList, ErrorState, StatusBadge, type DetailItem } from '@motiva/ui';
import { DecisionHistory } from '../DecisionHistory';
import { ModerationActions, type ModerationActionsProps } from '../ModerationActions';

export interface ModerationSubject {
  name: string;
  status: ModerationStatus;
  rejectionReason: string | null;
  decisions: ModerationDecisionFieldsFragment[] | null;
}

export interface ModerationDrawerProps {
  opened: boolean;
  onClose: () => void;
  /** What kind of record this is ("Participant"): the drawer's title. */
  kindLabel: string;
  /** Whose status the badge shows (its words differ by kind in Russian). */
  statusKind: 'participant' | 'partner' | 'product';
  subject: ModerationSubject | undefined;
  details: DetailItem[];
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  onDecide: ModerationActionsProps['onDecide'];
  rejectText?: string;
  reasonPlaceholder?: string;
  children?: ReactNode;
}

/** One record of a moderation queue: every field, the decision buttons and the decisions so far. */
export function ModerationDrawer(props: ModerationDrawerProps) {
  const { t } = useTranslation();
  const { subject } = props;

  let body: ReactNode;
  if (subject) {
    body = (
      <Stack gap="lg">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} fz="h3" style={{ overflowWrap: 'anywhere' }} data-testid="detail-name">
            {subject.name}
          </Title>
          <StatusBadge kind={props.statusKind} status={subject.status} testId="detail-status" />
        </Group>
        {subject.status === 'REJECTED' && subject.rejectionReason && (
          <Alert color="red" variant="light" title={t('admin.fields.rejectionReason')} data-testid="detail-rejection-reason">
            {subject.rejectionReason}
          </Alert>
        )}
        <ModerationActions
          name={subject.name}
          status={subject.status}
          onDecide={props.onDecide}
          rejectText={props.rejectText}
          reasonPlaceholder={props.reasonPlaceholder}
        />
        <Divider />
        <DetailList items={props.details} />
        {props.children}
        <Divider />
        <Stack gap="sm">
          <Title order={3} fz="h5">
            {t('admin.moderation.history')}
          </Title>
          <DecisionHistory decisions={subject.decisions} />
        </Stack>
      </Stack>
    );
  } else if (props.error) {
    body = <ErrorState error={props.error} onRetry={props.onRetry} />;
  } else {
    body = (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }

  return (
    <Drawer
      opened={props.opened}
      onClose={props.onClose}
      position="right"
      size="lg"
      padding="lg"
      title={props.kindLabel}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      data-testid="detail-drawer"
    >
      {body}
    </Drawer>
  );
}
