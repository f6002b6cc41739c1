import { useTranslation } from 'react-i18next';
import type { PromotionStatus } from '@motiva/schema';
import { StatusBadge } from '@motiva/ui';

export const PROMOTION_STATUSES: PromotionStatus[] = ['IN_REVIEW', 'SCHEDULED', 'ACTIVE', 'PAUSED', 'ENDED', 'REJECTED', 'DRAFT'];

export const isPromotionStatus = (value: string): value is PromotionStatus => (PROMOTION_STATUSES as string[]).includes(value);

/** The shared badge colours with the admin's wording ("акция" is feminine: «Отклонена», not «Отклонён»). */
export function PromotionStatusBadge({ status, testId }: { status: PromotionStatus; testId?: string }) {
  const { t } = useTranslation();
  return <StatusBadge status={status} testId={testId} label={t(`admin.promotions.status.${status}`, { defaultValue: status })} />;
}
