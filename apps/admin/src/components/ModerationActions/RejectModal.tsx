import { useEffect, useState } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface RejectModalProps {
  opened: boolean;
  name: string;
  loading: boolean;
  onClose: () => void;
  onConfirm: (reason: string) => void;
  /** Who reads the reason differs per queue (a user, a brand); defaults to the account wording. */
  text?: string;
  placeholder?: string;
  /** The API's shortest accepted reason, checked before sending (promotions: 3). */
  minLength?: number;
  /** What the API said about the reason, in the user's language (e.g. a BAD_USER_INPUT on "reason"). */
  serverError?: string | null;
}

/** The API refuses a rejection without a reason; asking for it here explains why to the moderator. */
export function RejectModal({
  opened,
  name,
  loading,
  onClose,
  onConfirm,
  text,
  placeholder,
  minLength = 1,
  serverError,
}: RejectModalProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  // A server message stays until the moderator edits the reason.
  const [showServerError, setShowServerError] = useState(true);
  useEffect(() => setShowServerError(true), [serverError]);

  useEffect(() => {
    if (opened) {
      setReason('');
      setError(null);
    }
  }, [opened]);

  const confirm = () => {
    if (reason.trim() === '') {
      setError(t('admin.moderation.reasonRequired'));
      return;
    }
    if (reason.trim().length < minLength) {
      setError(t('admin.moderation.reasonTooShort', { count: minLength }));
      return;
    }
    onConfirm(reason.trim());
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('admin.moderation.rejectTitle', { name })}
      centered
      size="md"
      data-testid="reject-modal"
    >
      <Stack gap="md">
        <Text fz="sm" c="dimmed">
          {text ?? t('admin.moderation.rejectText')}
        </Text>
        <Textarea
          label={t('admin.moderation.reason')}
          placeholder={placeholder ?? t('admin.moderation.reasonPlaceholder')}
          required
          autosize
          minRows={3}
          maxRows={8}
          value={reason}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            setError(null);
            setShowServerError(false);
          }}
          error={error ?? (showServerError ? serverError : null)}
          data-autofocus
          data-testid="reject-reason"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={confirm} loading={loading} data-testid="reject-confirm">
            {t('admin.moderation.confirmReject')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
