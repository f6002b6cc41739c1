import { useState } from 'react';
import { Alert, Anchor, Badge, Breadcrumbs, Button, Center, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { BrandPromotionDocument } from '@motiva/schema';
import { ErrorAlert, ErrorState, IconAlert, IconClock, StatusBadge, errorCode, fieldErrorPaths, useFormat } from '@motiva/ui';
import { HistoryTab } from '../history/HistoryTab';
import { MembersTab } from '../members/MembersTab';
import { RewardPreviewTab } from '../preview/RewardPreviewTab';
import { ReportTab } from '../report/ReportTab';
import { OverviewTab } from './OverviewTab';
import { PromotionActions, type PromotionAction } from './PromotionActions';

const TABS = ['overview', 'members', 'report', 'history', 'preview'] as const;
type Tab = (typeof TABS)[number];

/** One promotion: its header and actions, then Overview / Members / History / Reward preview tabs (in the path). */
export function PromotionPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const params = useParams();
  const id = params.id ?? '';
  const tab: Tab = (TABS as readonly string[]).includes(params['*'] ?? '') ? (params['*'] as Tab) : 'overview';
  const { data, loading, error, refetch } = useQuery(BrandPromotionDocument, { variables: { id } });
  const [actionError, setActionError] = useState<{ error: unknown; action: PromotionAction } | null>(null);
  const promotion = data?.promotion && data.promotion.id === id ? data.promotion : undefined;

  const crumbs = (
    <Breadcrumbs mb="xs" separatorMargin={6}>
      <Anchor component={Link} to="/promotions" fz="sm" data-testid="promotion-back">
        {t('brand.promotions.title')}
      </Anchor>
      {promotion && (
        <Text fz="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {promotion.name}
        </Text>
      )}
    </Breadcrumbs>
  );

  if (!promotion) {
    return (
      <Stack gap={0}>
        {crumbs}
        {error && !loading ? (
          errorCode(error) === 'NOT_FOUND' ? (
            <Stack align="center" py="xl" gap="sm" data-testid="promotion-not-found">
              <Title order={2} fz="h3">
                {t('brand.promotions.notFound.title')}
              </Title>
              <Text c="dimmed">{t('brand.promotions.notFound.text')}</Text>
              <Button component={Link} to="/promotions" variant="light">
                {t('brand.promotions.notFound.back')}
              </Button>
            </Stack>
          ) : (
            <ErrorState error={error} onRetry={() => void refetch()} />
          )
        ) : (
          <Center py="xl">
            <Loader />
          </Center>
        )}
      </Stack>
    );
  }

  const submitProblems =
    actionError && actionError.action === 'submit' && errorCode(actionError.error) === 'BAD_USER_INPUT'
      ? Object.entries(fieldErrorPaths(actionError.error)).map(([field, message]) => ({
          label: t(`brand.promotions.fieldNames.${field}`, { defaultValue: field }),
          message,
        }))
      : [];

  return (
    <Stack gap="md" data-testid="promotion-page" data-status={promotion.status}>
      <div>
        {crumbs}
        <Group justify="space-between" align="flex-start" gap="md" wrap="wrap">
          <Stack gap={6} style={{ minWidth: 0, flex: '1 1 420px' }}>
            <Group gap="sm" wrap="wrap" align="center">
              <Title order={1} fz="h2" style={{ overflowWrap: 'anywhere' }} data-testid="promotion-title">
                {promotion.name}
              </Title>
              <StatusBadge kind="promotion" status={promotion.status} testId="promotion-status" />
            </Group>
            <Group gap={6} c="dimmed" wrap="nowrap">
              <IconClock size={16} />
              <Text fz="sm" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="promotion-dates">
                {t('brand.promotions.detail.dates', { start: format.dateTime(promotion.startsAt), end: format.dateTime(promotion.endsAt) })}
              </Text>
            </Group>
          </Stack>
          <PromotionActions promotion={promotion} onError={(err, action) => setActionError(err ? { error: err, action } : null)} />
        </Group>
      </div>

      {promotion.status === 'REJECTED' && (
        <Alert
          color="red"
          variant="filled"
          icon={<IconAlert />}
          title={t('brand.promotions.rejection.title')}
          data-testid="promotion-rejection"
        >
          <Text fz="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="promotion-rejection-reason">
            {promotion.rejectionReason || t('brand.promotions.rejection.noReason')}
          </Text>
          <Text fz="sm" mt="xs" opacity={0.9}>
            {t('brand.promotions.rejection.fixHint')}
          </Text>
        </Alert>
      )}
      {promotion.status === 'IN_REVIEW' && (
        <Alert color="yellow" variant="light" icon={<IconClock />} data-testid="promotion-in-review">
          {t('brand.promotions.detail.inReview')}
        </Alert>
      )}
      {promotion.status === 'DRAFT' && (
        <Alert color="gray" variant="light" icon={<IconAlert />} data-testid="promotion-draft-note">
          {t('brand.promotions.detail.draftNote')}
        </Alert>
      )}
      {actionError && (
        <ErrorAlert
          error={actionError.error}
          withServerMessage
          unplaced={submitProblems}
          messageKey={submitProblems.length > 0 ? 'brand.promotions.actions.notReady' : undefined}
          testId="promotion-action-error"
        />
      )}

      <Tabs
        value={tab}
        onChange={(next) => navigate(next === 'overview' || !next ? `/promotions/${id}` : `/promotions/${id}/${next}`)}
        keepMounted={false}
      >
        <Tabs.List mb="lg">
          <Tabs.Tab value="overview" data-testid="tab-overview">
            {t('brand.promotions.tabs.overview')}
          </Tabs.Tab>
          <Tabs.Tab
            value="members"
            data-testid="tab-members"
            rightSection={
              <Badge size="sm" variant="light" color="gray" radius="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {format.number(promotion.memberCount)}
              </Badge>
            }
          >
            {t('brand.promotions.tabs.members')}
          </Tabs.Tab>
          <Tabs.Tab value="report" data-testid="tab-report">
            {t('brand.promotions.tabs.report')}
          </Tabs.Tab>
          <Tabs.Tab value="history" data-testid="tab-history">
            {t('brand.promotions.tabs.history')}
          </Tabs.Tab>
          <Tabs.Tab value="preview" data-testid="tab-preview">
            {t('brand.promotions.tabs.preview')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview">
          <OverviewTab promotion={promotion} />
        </Tabs.Panel>
        <Tabs.Panel value="members">
          <MembersTab promotion={promotion} />
        </Tabs.Panel>
        <Tabs.Panel value="report">
          <ReportTab promotion={promotion} />
        </Tabs.Panel>
        <Tabs.Panel value="history">
          <HistoryTab promotion={promotion} />
        </Tabs.Panel>
        <Tabs.Panel value="preview">
          <RewardPreviewTab promotion={promotion} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
