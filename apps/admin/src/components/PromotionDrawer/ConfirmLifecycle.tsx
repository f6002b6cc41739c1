import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@motiva/ui';

export type Lifecycle = 'pause' | 'resume' | 'end';

const COLOR: Record<Lifecycle, string> = { resume: 'green', pause: 'orange', end: 'red' };

/** "Pause Winter sale?": a live promotion's members are notified, so each lifecycle step is confirmed first. */
export function ConfirmLifecycle(props: {
  action: Lifecycle | null;
  name: string;
  endsAt: string;
  busy: boolean;
  onCancel: () => void;
  onConfirm: (action: Lifecycle) => void;
}) {
  const { action, name, endsAt, busy, onCancel, onConfirm } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const key = (k: string) => `admin.promotions.actions.${k}`;
  return (
    <Modal
      opened={action !== null}
      onClose={onCancel}
      title={action ? t(key(`confirm.${action}Title`), { name }) : ''}
      centered
      size="md"
      data-testid="confirm-modal"
    >
      {action && (
        <Stack gap="md">
          <Text fz="sm">{t(key(`confirm.${action}Text`), { date: format.dateTime(endsAt) })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel} data-testid="confirm-cancel">
              {t(key('confirm.cancel'))}
            </Button>
            <Button color={COLOR[action]} loading={busy} onClick={() => onConfirm(action)} data-testid="confirm-action">
              {t(key(action))}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
