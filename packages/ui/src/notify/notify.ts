import { notifications, type NotificationData } from '@mantine/notifications';
import { whenToastsReady } from './toastRequests';

/**
 * Toasts go through these so every portal uses the same colours and timings, and so apps never import
 * @mantine/notifications themselves (a second copy of it would talk to a different store).
 */
export const notify = {
  success(message: string, title?: string) {
    show({ color: 'green', title, message, autoClose: 4000, withBorder: true });
  },
  error(message: string, title?: string) {
    show({ color: 'red', title, message, autoClose: 8000, withBorder: true });
  },
};

/** Shown once the toast container is on the page (loaded with the first toast, see toastRequests). */
function show(toast: NotificationData) {
  void whenToastsReady().then(() => notifications.show(toast));
}
