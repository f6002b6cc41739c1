import '@mantine/notifications/styles.layer.css';
import { useEffect } from 'react';
import { Notifications } from '@mantine/notifications';

/** Mantine's toast container; tells the host once mounted, so the waiting toast can be shown. */
export function Toasts({ onMounted }: { onMounted: () => void }) {
  // Runs after Notifications' own effects, which set the store's position and limit.
  useEffect(() => onMounted(), [onMounted]);
  // Bottom right: the top right holds drawer and modal close buttons.
  return <Notifications position="bottom-right" />;
}
