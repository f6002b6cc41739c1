import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BrandPromotionFieldsFragment, PromotionStatus } from '@motiva/schema';
import { ErrorAlert, IconAlert, errorCode } from '@motiva/ui';
import { hasStarted, isLive, isLocked } from '../shared/status';

export interface FormNoticesProps {
  promotion?: BrandPromotionFieldsFragment;
  submitError: unknown;
  /** API messages with no field on this form to sit beside. */
  unplaced: Array<{ label: string; message: string }>;
}

/** Above the form: why it cannot be edited, why it was rejected, what editing a live one means, and a failed save. */
export function FormNotices({ promotion, submitError, unplaced }: FormNoticesProps) {
  const { t } = useTranslation();
  const status: PromotionStatus | undefined = promotion?.status;
  return (
    <>
      {status && isLocked(status) && (
        <Alert
          color={status === 'ENDED' ? 'gray' : 'yellow'}
          variant="light"
          icon={<IconAlert />}
          data-testid="promotion-form-locked"
          title={t(`brand.promotions.editor.locked.${status}.title`)}
        >
          {t(`brand.promotions.editor.locked.${status}.text`)}
        </Alert>
      )}
      {status === 'REJECTED' && promotion?.rejectionReason && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlert />}
          title={t('brand.promotions.rejection.title')}
          data-testid="promotion-form-rejection"
        >
          <Text fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {promotion.rejectionReason}
          </Text>
          <Text fz="sm" mt="xs" c="dimmed">
            {t('brand.promotions.rejection.fixHint')}
          </Text>
        </Alert>
      )}
      {status && isLive(status) && (
        <Alert color="blue" variant="light" icon={<IconAlert />} data-testid="promotion-form-live">
          {t(hasStarted(status) ? 'brand.promotions.editor.liveStartedNote' : 'brand.promotions.editor.liveNote')}
        </Alert>
      )}
      <ErrorAlert
        error={submitError}
        withServerMessage
        unplaced={unplaced}
        // Validation: the fields say what is wrong; the heading says to look at them.
        messageKey={errorCode(submitError) === 'BAD_USER_INPUT' ? 'errors.BAD_USER_INPUT' : undefined}
        testId="promotion-form-error"
      />
    </>
  );
}
