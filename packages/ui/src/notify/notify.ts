import { notifications } from '@mantine/notifications';

/**
 * Toasts go through these so every portal uses the same colours and timings, and so apps never import
 * @mantine/notifications themselves (a second copy of it would talk to a different store).
 */
export const notify = {
  success(message: string, title?: string) {
    notifications.show({ color: 'green', title, message, autoClose: 4000, withBorder: true });
  },
  error(message: string, title?: string) {
    notifications.show({ color: 'red', title, message, autoClose: 8000, withBorder: true });
  },
};
