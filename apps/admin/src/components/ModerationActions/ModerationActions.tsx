import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ModerationDecisionKind, ModerationStatus } from '@motiva/schema';
import { IconCheck, IconX } from '@motiva/ui';
import { RejectModal } from './RejectModal';

export interface ModerationActionsProps {
  name: string;
  status: ModerationStatus;
  /** Resolves true when the decision was saved. */
  onDecide: (decision: ModerationDecisionKind, reason?: string) => Promise<boolean>;
  /** The reject dialog's explanation and reason example, when the queue's subject is not a user. */
  rejectText?: string;
  reasonPlaceholder?: string;
}

/** Approve at once; reject through the reason modal. A decision can be reversed later, so both stay available. */
export function ModerationActions({ name, status, onDecide, rejectText, reasonPlaceholder }: ModerationActionsProps) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<ModerationDecisionKind | null>(null);
  const [rejecting, setRejecting] = useState(false);

  const decide = async (decision: ModerationDecisionKind, reason?: string) => {
    setPending(decision);
    const saved = await onDecide(decision, reason);
    setPending(null);
    if (saved) setRejecting(false);
  };

  return (
    <>
      <Group gap="sm">
        <Button
          color="green"
          leftSection={<IconCheck size={16} />}
          disabled={status === 'APPROVED' || pending !== null}
          loading={pending === 'APPROVE'}
          onClick={() => void decide('APPROVE')}
          data-testid="approve-button"
        >
          {t('admin.moderation.approve')}
        </Button>
        <Button
          color="red"
          variant="light"
          leftSection={<IconX size={16} />}
          disabled={status === 'REJECTED' || pending !== null}
          onClick={() => setRejecting(true)}
          data-testid="reject-button"
        >
          {t('admin.moderation.reject')}
        </Button>
      </Group>
      <RejectModal
        opened={rejecting}
        name={name}
        loading={pending === 'REJECT'}
        onClose={() => setRejecting(false)}
        onConfirm={(reason) => void decide('REJECT', reason)}
        text={rejectText}
        placeholder={reasonPlaceholder}
      />
    </>
  );
}
