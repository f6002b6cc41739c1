import type { ModerationQueue } from '@motiva/schema';

/** Where each moderation queue lives in the admin portal. */
export const QUEUE_PATH: Record<ModerationQueue, string> = {
  PARTICIPANTS: '/participants',
  PARTNERS: '/partners',
  PRODUCTS: '/products',
  PROMOTIONS: '/promotions',
  SALES: '/sales',
  WITHDRAWALS: '/withdrawals',
};
