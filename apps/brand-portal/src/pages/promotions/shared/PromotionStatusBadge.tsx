import { useTranslation } from 'react-i18next';
import type { PromotionStatus } from '@motiva/schema';
import { StatusBadge } from '@motiva/ui';

/** The shared badge colours, with the portal's own wording (a promotion is feminine in Russian). */
export function PromotionStatusBadge({ status, testId }: { status: PromotionStatus; testId?: string }) {
  const { t } = useTranslation();
  return <StatusBadge status={status} label={t(`brand.promotions.status.${status}`)} testId={testId ?? 'promotion-status'} />;
}
