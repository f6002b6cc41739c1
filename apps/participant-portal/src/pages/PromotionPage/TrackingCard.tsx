import { ActionIcon, Badge, CopyButton, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MyPromotionTrackingDocument } from '@motiva/schema';
import { IconCheck, IconCopy, useFormat } from '@motiva/ui';
import { Section } from '../../components/Section';

function CopyRow({ label, value, copyLabel, testId }: { label: string; value: string; copyLabel: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text fz="sm" c="dimmed">
        {label}
      </Text>
      <Group gap="xs" wrap="nowrap" justify="space-between">
        <Text ff="monospace" fw={700} fz="lg" style={{ overflowWrap: 'anywhere', minWidth: 0 }} data-testid={testId}>
          {value}
        </Text>
        <CopyButton value={value} timeout={2000}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? t('common.copied') : copyLabel} withArrow>
              <ActionIcon
                size="lg"
                variant={copied ? 'filled' : 'light'}
                color={copied ? 'green' : 'motiva'}
                onClick={copy}
                aria-label={copyLabel}
                data-testid={`${testId}-copy`}
              >
                {copied ? <IconCheck size={18} /> : <IconCopy size={18} />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}

/** The member's own tracking link and promo code, with copy buttons; only their own (the API answers null to others). */
export function TrackingCard({ promotionId }: { promotionId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data } = useQuery(MyPromotionTrackingDocument, { variables: { id: promotionId } });
  const promotion = data?.promotion;
  const uses = promotion?.trackingModes.some((m) => m === 'TRACKING_LINK' || m === 'PROMO_CODE');
  if (!promotion || !uses || !promotion.myMembership) return null;
  const { trackingLink: link, promoCode: code } = promotion.myMembership;
  return (
    <Section title={t('participant.tracking.title')} description={t('participant.tracking.description')} testId="tracking-card">
      <Stack gap="md">
        {!link && !code && <Text fz="sm">{t('participant.tracking.none')}</Text>}
        {link && (
          <Stack gap={4}>
            <CopyRow
              label={t('participant.tracking.link')}
              value={link.url}
              copyLabel={t('participant.tracking.copyLink')}
              testId="my-link"
            />
            {!link.active && (
              <Badge color="gray" variant="light">
                {t('participant.tracking.linkInactive')}
              </Badge>
            )}
          </Stack>
        )}
        {code && (
          <Stack gap={4}>
            <CopyRow
              label={t('participant.tracking.code')}
              value={code.code}
              copyLabel={t('participant.tracking.copyCode')}
              testId="my-code"
            />
            {code.status !== 'ACTIVE' ? (
              <Badge color="gray" variant="light" data-testid="my-code-inactive">
                {t('participant.tracking.inactive')}
              </Badge>
            ) : (
              code.expiresAt && (
                <Text fz="sm" c="dimmed">
                  {t('participant.tracking.expires', { date: format.dateTime(code.expiresAt) })}
                </Text>
              )
            )}
          </Stack>
        )}
      </Stack>
    </Section>
  );
}
