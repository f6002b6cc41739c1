import type { ReactNode } from 'react';
import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DetailList, useFormat } from '@motiva/ui';
import { Section } from '../../components/Section';
import { numeric, type Promotion } from './types';

function Label({ children }: { children: ReactNode }) {
  return (
    <Text fz="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
      {children}
    </Text>
  );
}

/** Brand-written text: keeps its line breaks, never overflows. */
function LongText({ text, testId }: { text: string; testId: string }) {
  const { t } = useTranslation();
  return text.trim() ? (
    <Text data-testid={testId} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {text}
    </Text>
  ) : (
    <Text c="dimmed" fz="sm" data-testid={testId}>
      {t('participant.promotion.noText')}
    </Text>
  );
}

/** The brand's description and rules. */
export function PromotionAbout({ promotion }: { promotion: Promotion }) {
  const { t } = useTranslation();
  return (
    <Section title={t('participant.promotion.about')} testId="promotion-about">
      <Stack gap="md">
        <Stack gap={4}>
          <Label>{t('participant.promotion.description')}</Label>
          <LongText text={promotion.description} testId="promotion-description" />
        </Stack>
        <Stack gap={4}>
          <Label>{t('participant.promotion.rules')}</Label>
          <LongText text={promotion.rules} testId="promotion-rules" />
        </Stack>
      </Stack>
    </Section>
  );
}

/** Dates, how sales are tracked, how long a reward is held, and the cap per participant. */
export function PromotionFacts({ promotion }: { promotion: Promotion }) {
  const { t } = useTranslation();
  const format = useFormat();
  // "14 days" / "14 дней": Intl knows each language's plural forms.
  const days = new Intl.NumberFormat(format.locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(promotion.holdingDays);
  const claimDays = new Intl.NumberFormat(format.locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(
    promotion.claimWindowDays,
  );
  const cap = promotion.perParticipantCap;
  return (
    <Section title={t('participant.promotion.facts')} testId="promotion-facts">
      <DetailList
        cols={1}
        items={[
          { label: t('participant.promotion.startsAt'), value: format.dateTime(promotion.startsAt), numeric: true },
          { label: t('participant.promotion.endsAt'), value: format.dateTime(promotion.endsAt), numeric: true },
          {
            label: t('participant.promotion.trackingModes'),
            value: (
              <Group gap={6} data-testid="tracking-modes">
                {promotion.trackingModes.map((mode) => (
                  <Badge key={mode} variant="outline" color="gray" radius="sm" style={{ minWidth: 'max-content' }}>
                    {t(`glossary.trackingMode.${mode}`)}
                  </Badge>
                ))}
              </Group>
            ),
          },
          {
            label: t('participant.promotion.holding'),
            value: (
              <Stack gap={0}>
                <Text data-testid="holding-period" style={numeric}>
                  {days}
                </Text>
                <Text fz="xs" c="dimmed">
                  {t('participant.promotion.holdingHint')}
                </Text>
              </Stack>
            ),
          },
          ...(promotion.trackingModes.includes('RECEIPT_CLAIM')
            ? [
                {
                  label: t('glossary.claimWindow'),
                  value: (
                    <Stack gap={0}>
                      <Text data-testid="claim-window" style={numeric}>
                        {claimDays}
                      </Text>
                      <Text fz="xs" c="dimmed">
                        {t('participant.promotion.claimWindowHint')}
                      </Text>
                    </Stack>
                  ),
                },
              ]
            : []),
          {
            label: t('participant.promotion.perParticipantCap'),
            value: cap ? format.money(cap.amountMinor, cap.currency) : t('glossary.noCap'),
            numeric: true,
          },
        ]}
      />
    </Section>
  );
}
