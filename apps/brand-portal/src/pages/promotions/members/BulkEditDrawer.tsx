import { Button, Drawer, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BrandPromotionFieldsFragment } from '@motiva/schema';
import { ErrorAlert, errorCode } from '@motiva/ui';
import type { PayoutFormat } from '../shared/payout';
import { BulkEditResults } from './bulk/BulkEditResults';
import { BulkTermsFields } from './bulk/BulkTermsFields';
import { BulkValidityFields } from './bulk/BulkValidityFields';
import { useBulkEdit } from './bulk/useBulkEdit';
import type { Member } from './memberFormat';
import { BulkCodesCard } from './tracking/BulkCodesCard';
import { BulkLinksCard } from './tracking/BulkLinksCard';

export interface BulkEditDrawerProps {
  opened: boolean;
  onClose: () => void;
  promotion: BrandPromotionFieldsFragment;
  members: Member[];
  fmt: PayoutFormat;
}

/**
 * One change applied to every selected member in one transaction: payout option, own value
 * (override), active flag, validity dates. Whatever is left on "keep" is not sent. The API answers
 * per member, and that table is shown afterwards.
 */
export function BulkEditDrawer({ opened, onClose, promotion, members, fmt }: BulkEditDrawerProps) {
  const { t } = useTranslation();
  const bulk = useBulkEdit(promotion, members, fmt);
  const fields = { draft: bulk.draft, change: bulk.change, errorText: bulk.errorText };
  const close = () => {
    onClose();
    bulk.reset();
  };

  return (
    <Drawer
      opened={opened}
      onClose={close}
      position="right"
      size="lg"
      padding="lg"
      title={t('brand.promotions.members.bulk.title', { count: members.length })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      // On the visible panel, not the zero-size root, so tests can wait for it to show.
      attributes={{ content: { 'data-testid': 'bulk-edit-drawer' } as Record<string, string> }}
    >
      {bulk.results ? (
        <BulkEditResults results={bulk.results} onDone={close} />
      ) : (
        <Stack gap="md">
          <Text fz="sm" c="dimmed" data-testid="bulk-edit-who">
            {t('brand.promotions.members.bulk.who', {
              count: members.length,
              names: members
                .slice(0, 6)
                .map((m) => m.participant.name)
                .join(', '),
            })}
            {members.length > 6 ? ` ${t('brand.promotions.members.bulk.andMore', { count: members.length - 6 })}` : ''}
          </Text>
          <ErrorAlert
            error={bulk.submitError}
            withServerMessage
            messageKey={errorCode(bulk.submitError) === 'BAD_USER_INPUT' ? 'errors.BAD_USER_INPUT' : undefined}
            testId="bulk-edit-error"
          />
          {bulk.errorText('changes') && (
            <Text c="red" fz="sm" data-testid="bulk-edit-nothing">
              {bulk.errorText('changes')}
            </Text>
          )}
          <BulkTermsFields {...fields} promotion={promotion} overrideKind={bulk.overrideKind} fmt={fmt} />
          <BulkValidityFields {...fields} promotion={promotion} />
          {promotion.trackingModes.includes('TRACKING_LINK') && <BulkLinksCard promotionId={promotion.id} members={members} />}
          {promotion.trackingModes.includes('PROMO_CODE') && <BulkCodesCard promotionId={promotion.id} members={members} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button onClick={() => void bulk.submit()} loading={bulk.saving} data-testid="bulk-edit-submit">
              {t('brand.promotions.members.bulk.submit', { count: members.length })}
            </Button>
          </Group>
        </Stack>
      )}
    </Drawer>
  );
}
