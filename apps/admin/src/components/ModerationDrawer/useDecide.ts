import { useTranslation } from 'react-i18next';
import type { ModerationDecisionKind } from '@motiva/schema';
import { errorMessageKey, notify } from '@motiva/ui';

/**
 * Runs a moderation mutation and tells the moderator how it went. The queue is refetched by the
 * caller's mutation options, since a decided record leaves the PENDING view.
 */
export function useDecide(mutate: (decision: ModerationDecisionKind, reason?: string) => Promise<unknown>, name: string | undefined) {
  const { t } = useTranslation();
  return async (decision: ModerationDecisionKind, reason?: string): Promise<boolean> => {
    try {
      await mutate(decision, reason);
      notify.success(t(decision === 'APPROVE' ? 'admin.moderation.approved' : 'admin.moderation.rejected', { name }));
      return true;
    } catch (error) {
      notify.error(t(errorMessageKey(error)), t('admin.moderation.failed'));
      return false;
    }
  };
}
