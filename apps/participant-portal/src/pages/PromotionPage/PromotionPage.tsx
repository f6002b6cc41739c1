import type { ReactNode } from 'react';
import { Alert, Anchor, Badge, Button, Grid, Group, Loader, Paper, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { JoinPromotionDocument, ParticipantPromotionDocument, type ParticipantPromotionQuery } from '@motiva/schema';
import { DetailList, EmptyState, ErrorAlert, ErrorState, PageHeader, StatusBadge, errorCode, errorMessageKey, formatBasisPoints, notify, useFormat } from '@motiva/ui';
import { MembershipBadge, StageBadge, useDays, usePayoutText } from '../../lib/promotionText';
import { Section } from '../../components/Section';
import { ExitButton } from './ExitButton';
import { MemberHistory } from './MemberHistory';

type Promotion = ParticipantPromotionQuery['promotion'];
type Membership = NonNullable<Promotion['myMembership']>;

/** Statuses in which the API lets a participant join (or accept an invitation). */
const JOINABLE = ['SCHEDULED', 'ACTIVE'];
/** Stages in which the participant takes part (the API's LEAVABLE_STAGES plus COMPLETED). */
const TAKING_PART = ['ACCEPTED', 'ACTIVE', 'COMPLETED'];
/** Stages from which the participant can leave. */
const LEAVABLE = ['ACCEPTED', 'ACTIVE'];
const numeric = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** One promotion for the participant: what it pays them, its rules, joining, their terms and history. */
export function PromotionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ParticipantPromotionDocument, { variables: { id } });
  const promotion = data?.promotion;

  return (
    <Stack gap="lg" data-testid="participant-promotion">
      <Anchor component={Link} to="/promotions" fz="sm" data-testid="back-to-promotions">
        ← {t('participant.promotion.back')}
      </Anchor>
      {promotion ? (
        <PromotionDetails promotion={promotion} />
      ) : error ? (
        <Paper withBorder radius="md">
          <ErrorState error={error} onRetry={() => void refetch()} />
        </Paper>
      ) : loading ? (
        <Group justify="center" py="xl">
          <Loader />
        </Group>
      ) : null}
    </Stack>
  );
}

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

function PromotionDetails({ promotion }: { promotion: Promotion }) {
  const { t } = useTranslation();
  const format = useFormat();
  const days = useDays();
  const membership = promotion.myMembership;
  const accepted = membership && TAKING_PART.includes(membership.stage) ? membership : null;

  return (
    <>
      <PageHeader
        title={<span data-testid="promotion-name">{promotion.name}</span>}
        description={promotion.brand.legalName}
        actions={
          <Group gap={6}>
            <StatusBadge status={promotion.status} testId="promotion-status" />
            <MembershipBadge membership={membership} />
          </Group>
        }
      />
      {accepted ? <TermsSection promotion={promotion} membership={accepted} /> : <JoinPanel promotion={promotion} />}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="lg">
            <EarningsSection promotion={promotion} />
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
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="lg">
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
                            {t(`participant.tracking.${mode}`)}
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
                          {days(promotion.holdingDays)}
                        </Text>
                        <Text fz="xs" c="dimmed">
                          {t('participant.promotion.holdingHint')}
                        </Text>
                      </Stack>
                    ),
                  },
                  {
                    label: t('participant.promotion.perParticipantCap'),
                    value: promotion.perParticipantCap
                      ? format.money(promotion.perParticipantCap.amountMinor, promotion.perParticipantCap.currency)
                      : t('participant.promotion.noCap'),
                    numeric: true,
                  },
                ]}
              />
            </Section>
            {membership && <MemberHistory promotion={promotion} membership={membership} />}
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}

/** The i18n key for a failed join, from the API's typed error (and its CONFLICT message). */
function joinErrorKey(error: unknown): string {
  const code = errorCode(error);
  const message = CombinedGraphQLErrors.is(error) ? (error.errors[0]?.message ?? '') : '';
  if (code === 'CONFLICT' && /already/i.test(message)) return 'participant.promotion.join.already';
  if (code === 'CONFLICT' && /not open/i.test(message)) return 'participant.promotion.join.notOpen';
  if (code === 'NOT_FOUND') return 'participant.promotion.join.notFound';
  return errorMessageKey(error);
}

/**
 * "Join" for an open promotion; "Accept" or "Decline" an invitation; "Join again" after declining or
 * leaving; or why it cannot be joined.
 */
function JoinPanel({ promotion }: { promotion: Promotion }) {
  const { t } = useTranslation();
  const membership = promotion.myMembership;
  const invited = membership?.stage === 'INVITED';
  // DECLINED or LEFT: the membership is kept, and joining again brings it back on its terms.
  const out = membership?.stage === 'DECLINED' || membership?.stage === 'LEFT' ? membership.stage : null;
  const text = (k: 'Title' | 'Text') =>
    t(invited ? `participant.promotion.join.invited${k}` : out === 'DECLINED' ? `participant.promotion.join.declined${k}` : out === 'LEFT' ? `participant.promotion.join.left${k}` : `participant.promotion.join.join${k}`);
  const open = JOINABLE.includes(promotion.status);
  const [join, { loading, error, client }] = useMutation(JoinPromotionDocument, {
    variables: { promotionId: promotion.id },
    // myMembership lives on the promotion: fetch it again so the terms and history replace this panel.
    refetchQueries: ['ParticipantPromotion', 'MemberHistory'],
    awaitRefetchQueries: true,
  });

  if (!open) {
    return (
      <Alert color="gray" variant="light" title={out ? text('Title') : t('participant.promotion.join.closedTitle')} data-testid="join-closed">
        {t('participant.promotion.join.closedText', { status: t(`status.${promotion.status}`) })}
      </Alert>
    );
  }
  const onJoin = () =>
    join()
      .then(() =>
        notify.success(
          t(invited ? 'participant.promotion.join.accepted' : out ? 'participant.promotion.join.rejoined' : 'participant.promotion.join.joined', { name: promotion.name }),
        ),
      )
      .catch((failure: unknown) => {
        // The error shows under the button. A conflict means this page is out of date (joined in
        // another tab, or the promotion was paused): say so in a toast, which outlives this panel,
        // and reload the promotion so the page shows the terms or why it is closed.
        const code = errorCode(failure);
        if (code === 'CONFLICT' || code === 'NOT_FOUND') {
          notify.error(t(joinErrorKey(failure)));
          void client.refetchQueries({ include: ['ParticipantPromotion', 'ParticipantPromotions'] });
        }
      });

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} bg={invited ? 'violet.0' : out ? 'gray.0' : 'motiva.0'} data-testid="join-panel" data-membership={out ?? (invited ? 'INVITED' : 'NONE')}>
      <Stack gap="sm">
        <Group justify="space-between" align="center" gap="md" wrap="wrap">
          <Stack gap={2} style={{ flex: '1 1 280px' }}>
            <Text fw={700} fz="lg">
              {text('Title')}
            </Text>
            <Text fz="sm">{text('Text')}</Text>
          </Stack>
          <Group gap="sm" w={{ base: '100%', xs: 'auto' }}>
            {invited && membership && <ExitButton exit="decline" memberId={membership.id} promotionName={promotion.name} />}
            <Button size="md" onClick={onJoin} loading={loading} data-testid="join-button" w={{ base: '100%', xs: 'auto' }}>
              {t(invited ? 'participant.promotion.join.accept' : out ? 'participant.promotion.join.rejoin' : 'participant.promotion.join.join')}
            </Button>
          </Group>
        </Group>
        <ErrorAlert error={error} messageKey={error ? joinErrorKey(error) : undefined} testId="join-error" />
      </Stack>
    </Paper>
  );
}

/** The member's own terms: option, own value, validity, stage. */
function TermsSection({ promotion, membership }: { promotion: Promotion; membership: Membership }) {
  const { t } = useTranslation();
  const format = useFormat();
  const payoutText = usePayoutText();
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
                  {payoutText(option.kind, option.value, promotion.currency)}
                </Text>
              </Stack>
            ),
          },
          {
            label: t('participant.promotion.terms.override'),
            value:
              membership.overrideValue !== null ? (
                <Text fw={600} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="terms-override">
                  {payoutText(option.kind, membership.overrideValue, promotion.currency)}
                </Text>
              ) : (
                <Text c="dimmed" data-testid="terms-override">
                  {t('participant.promotion.terms.noOverride')}
                </Text>
              ),
          },
          { label: t('participant.promotion.terms.validity'), value: validity, numeric: true, testId: 'terms-validity' },
          { label: t('participant.promotion.terms.stage'), value: <StageBadge stage={membership.stage} /> },
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

/**
 * Per eligible product, what one unit at its list price earns the participant under their own terms
 * (or the default option before they join): "500.00 ₽ per unit", "274.95 ₽ — 5% of the sale".
 */
function EarningsSection({ promotion }: { promotion: Promotion }) {
  const { t } = useTranslation();
  const format = useFormat();
  const member = promotion.myMembership;
  const option = member?.payoutOption ?? promotion.payoutOptions.find((o) => o.isDefault) ?? null;
  // The value the API applied: the member's own value replaces the option's.
  const rate = member?.overrideValue ?? option?.value ?? null;
  const kind = promotion.earnings[0]?.kind ?? option?.kind;

  const explain = (earningKind: typeof kind) =>
    earningKind === 'PERCENT_OF_SALE' && rate !== null
      ? t('participant.promotion.earnings.PERCENT_OF_SALE', { percent: formatBasisPoints(rate, format.locale) })
      : earningKind
        ? t(`participant.promotion.earnings.${earningKind}`)
        : '';

  return (
    <Section
      title={t('participant.promotion.earnings.title')}
      description={option ? t(member ? 'participant.promotion.earnings.member' : 'participant.promotion.earnings.guest', { option: option.name }) : undefined}
      testId="my-earnings"
    >
      {kind === 'PER_CLICK' && rate !== null && (
        <Alert color="blue" variant="light" mb="md" data-testid="earnings-clicks">
          {t('participant.promotion.earnings.clicks', { amount: format.money(rate, promotion.currency) })}
        </Alert>
      )}
      {promotion.earnings.length === 0 ? (
        <EmptyState title={t('participant.promotion.earnings.empty')} testId="earnings-empty" />
      ) : (
        <Table verticalSpacing="sm" horizontalSpacing="xs" layout="auto">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('participant.promotion.earnings.product')}</Table.Th>
              <Table.Th ta="right" visibleFrom="sm">
                {t('participant.promotion.earnings.price')}
              </Table.Th>
              <Table.Th ta="right">{t('participant.promotion.earnings.earn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {promotion.earnings.map((earning) => {
              const price = format.money(earning.product.listPrice.amountMinor, earning.product.listPrice.currency);
              return (
                <Table.Tr key={earning.product.id} data-testid={`earning-${earning.product.sku}`}>
                  <Table.Td>
                    <Text fz="sm" fw={500} style={{ overflowWrap: 'break-word' }}>
                      {earning.product.name}
                    </Text>
                    <Text fz="xs" c="dimmed" style={numeric}>
                      {earning.product.sku}
                    </Text>
                    {/* On phones the price column is folded in under the name. */}
                    <Text fz="xs" c="dimmed" hiddenFrom="sm" style={numeric}>
                      {t('participant.promotion.earnings.price')}: {price}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right" visibleFrom="sm" style={numeric}>
                    {price}
                  </Table.Td>
                  <Table.Td ta="right">
                    {earning.kind === 'PER_CLICK' ? (
                      <Text fz="sm" c="dimmed" data-testid="earning-amount">
                        {t('common.notSet')}
                      </Text>
                    ) : (
                      <Text fz="sm" fw={700} style={numeric} data-testid="earning-amount">
                        {format.money(earning.amount.amountMinor, earning.amount.currency)}
                      </Text>
                    )}
                    <Text fz="xs" c="dimmed" data-testid="earning-basis">
                      {explain(earning.kind)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Section>
  );
}
