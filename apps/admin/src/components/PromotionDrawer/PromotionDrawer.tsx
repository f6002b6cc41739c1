import { useEffect, useState, type ReactNode } from 'react';
import { Alert, Anchor, Center, Drawer, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { AdminPromotionDocument, type AdminPromotionFieldsFragment } from '@motiva/schema';
import { EmptyState, ErrorState, IconAlert, StatusBadge, errorCode, useFormat } from '@motiva/ui';
import { PromotionActions } from './PromotionActions';
import { PromotionHistory } from './PromotionHistory';
import { PromotionReview } from './PromotionReview';

const P = 'admin.promotions';

/** What would make an approval fail, said before the admin presses Approve. */
function ReviewWarnings({ promotion }: { promotion: AdminPromotionFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (promotion.status !== 'IN_REVIEW') return null;
  const blocked = promotion.products.filter((p) => p.status !== 'APPROVED');
  const ended = Date.parse(promotion.endsAt) <= Date.now();
  return (
    <>
      {blocked.length > 0 && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlert />}
          title={t(`${P}.warnings.notApprovedTitle`)}
          data-testid="warning-products-not-approved"
        >
          <Stack gap={4}>
            <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
              {t(`${P}.warnings.notApproved`, { count: blocked.length, names: blocked.map((p) => `${p.name} (${p.sku})`).join(', ') })}
            </Text>
            <Anchor component={Link} to="/products" fz="sm">
              {t(`${P}.warnings.openProducts`)}
            </Anchor>
          </Stack>
        </Alert>
      )}
      {ended && (
        <Alert color="orange" variant="light" icon={<IconAlert />} title={t(`${P}.warnings.endedTitle`)} data-testid="warning-ended">
          {t(`${P}.warnings.ended`, { date: format.dateTime(promotion.endsAt) })}
        </Alert>
      )}
    </>
  );
}

/** One promotion of the queue: all its terms, the actions its status allows, decisions and history. */
export function PromotionDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<string | null>('review');
  const { data, error, refetch } = useQuery(AdminPromotionDocument, {
    variables: { id: id ?? '' },
    skip: !id,
    notifyOnNetworkStatusChange: true,
  });
  const promotion = data?.promotion && data.promotion.id === id ? data.promotion : undefined;
  // Each promotion opens on its review, not on the tab the last one was left at.
  useEffect(() => setTab('review'), [id]);

  let body: ReactNode;
  if (promotion) {
    body = (
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Title order={2} fz="h3" style={{ overflowWrap: 'anywhere' }} data-testid="detail-name">
              {promotion.name}
            </Title>
            <Text c="dimmed" fz="sm" style={{ overflowWrap: 'anywhere' }}>
              {promotion.brand.legalName}
            </Text>
          </Stack>
          <StatusBadge kind="promotion" status={promotion.status} testId="detail-status" />
        </Group>
        {promotion.status === 'REJECTED' && promotion.rejectionReason && (
          <Alert color="red" variant="light" title={t('admin.fields.rejectionReason')} data-testid="detail-rejection-reason">
            <Text fz="sm" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
              {promotion.rejectionReason}
            </Text>
          </Alert>
        )}
        <ReviewWarnings promotion={promotion} />
        <PromotionActions promotion={promotion} onConflict={() => void refetch()} />
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="review" data-testid="tab-review">
              {t(`${P}.tabs.review`)}
            </Tabs.Tab>
            <Tabs.Tab value="history" data-testid="tab-history">
              {t(`${P}.tabs.history`)}
            </Tabs.Tab>
            <Anchor
              component={Link}
              to={`/audit?scopeId=${encodeURIComponent(promotion.id)}`}
              fz="sm"
              ml="auto"
              style={{ alignSelf: 'center' }}
              data-testid="open-in-audit"
            >
              {t(`${P}.openInAudit`)}
            </Anchor>
          </Tabs.List>
          <Tabs.Panel value="review" pt="lg">
            <PromotionReview promotion={promotion} />
          </Tabs.Panel>
          <Tabs.Panel value="history" pt="sm">
            <PromotionHistory promotion={promotion} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    );
  } else if (error && errorCode(error) === 'NOT_FOUND') {
    body = <EmptyState title={t(`${P}.notFound`)} description={t(`${P}.notFoundText`)} testId="promotion-not-found" />;
  } else if (error) {
    body = <ErrorState error={error} onRetry={() => void refetch()} />;
  } else {
    body = (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }

  return (
    <Drawer
      opened={!!id}
      onClose={onClose}
      position="right"
      size="xl"
      padding="lg"
      title={t(`${P}.drawerTitle`)}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      data-testid="detail-drawer"
    >
      {body}
    </Drawer>
  );
}
