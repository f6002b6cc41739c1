import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DetailList, StatusBadge, useFormat, usePayoutText } from '@motiva/ui';
import { Section } from '../../components/Section';
import { ExitButton } from './ExitButton';
import type { Membership, Promotion } from './types';

/** Stages from which the participant can leave. */
const LEAVABLE = ['ACCEPTED', 'ACTIVE'];

/** The member's own terms: option, own value, validity, stage. */
export function TermsSection({ promotion, membership }: { promotion: Promotion; membership: Membership }) {
  const { t } = useTranslation();
  const format = useFormat();
  const payout = usePayoutText(promotion.currency);
  const option = membership.payoutOption;
  const validity =
    membership.validFrom && membership.validTo
      ? t('participant.promotion.terms.validRange', { from: format.date(membership.validFrom), to: format.date(membership.validTo) })
      : membership.validFrom
        ? t('participant.promotion.terms.validFrom', { date: format.date(membership.validFrom) })
        : membership.validTo
          ? t('participant.promotion.terms.validTo', { date: format.date(membership.validTo) })
          : t('participant.promotion.terms.wholePromotion');

  const canLeave = LEAVABLE.includes(membership.stage) && promotion.status !== 'ENDED';
  return (
    <Section
      title={t('participant.promotion.terms.title')}
      testId="my-terms"
      actions={canLeave ? <ExitButton exit="leave" memberId={membership.id} promotionName={promotion.name} /> : undefined}
    >
      <DetailList
        cols={3}
        items={[
          {
            label: t('participant.promotion.terms.payoutOption'),
            value: (
              <Stack gap={0}>
                <Text data-testid="terms-option">{option.name}</Text>
                <Text fz="sm" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {payout.withUnit(option.kind, option.value)}
                </Text>
              </Stack>
            ),
          },
          {
            label: t('participant.promotion.terms.override'),
            value:
              membership.overrideValue !== null ? (
                <Text fw={600} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="terms-override">
                  {payout.withUnit(option.kind, membership.overrideValue)}
                </Text>
              ) : (
                <Text c="dimmed" data-testid="terms-override">
                  {t('participant.promotion.terms.noOverride')}
                </Text>
              ),
          },
          { label: t('participant.promotion.terms.validity'), value: validity, numeric: true, testId: 'terms-validity' },
          {
            label: t('participant.promotion.terms.stage'),
            value: <StatusBadge kind="stage" status={membership.stage} testId="stage-badge" />,
          },
          {
            label: t('participant.promotion.terms.active'),
            value: membership.active ? t('participant.promotion.terms.activeYes') : t('participant.promotion.terms.activeNo'),
            testId: 'terms-active',
          },
          { label: t('participant.promotion.terms.since'), value: format.date(membership.createdAt), numeric: true },
        ]}
      />
    </Section>
  );
}
