import type { ReactNode } from 'react';
import { Badge, Group, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdminPromotionFieldsFragment, MemberStage } from '@motiva/schema';
import { DetailList, IconAlert, StatusBadge, useFormat } from '@motiva/ui';
import { DecisionHistory } from '../DecisionHistory';
import { usePayoutText } from '../../shared/payout';

const STAGES: MemberStage[] = ['INVITED', 'ACCEPTED', 'ACTIVE', 'COMPLETED'];
const P = 'admin.promotions';
const tabular = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

function Section({ title, extra, children, testId }: { title: ReactNode; extra?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <Stack gap="xs" data-testid={testId}>
      <Group justify="space-between" align="baseline" gap="xs">
        <Title order={3} fz="h5">
          {title}
        </Title>
        {extra}
      </Group>
      {children}
    </Stack>
  );
}

/** Free text as the brand wrote it: line breaks kept, long words wrapped. */
function Prose({ text, testId }: { text: string; testId: string }) {
  const { t } = useTranslation();
  if (text.trim() === '') {
    return (
      <Text fz="sm" c="dimmed" data-testid={testId}>
        {t(`${P}.notGiven`)}
      </Text>
    );
  }
  return (
    <Text fz="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid={testId}>
      {text}
    </Text>
  );
}

/** Everything an admin reads before deciding, in the order they check it. */
export function PromotionReview({ promotion }: { promotion: AdminPromotionFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const payout = usePayoutText(promotion.currency);
  const options = [...promotion.payoutOptions].sort((a, b) => a.position - b.position);
  const stageCount = new Map((promotion.memberStageCounts ?? []).map((s) => [s.stage, s.count]));

  const audience =
    promotion.audience === 'CHOSEN_PARTNERS' ? (
      <Stack gap={4}>
        <Text fz="sm">{t(`${P}.audience.CHOSEN_PARTNERS`)}</Text>
        <List size="sm" spacing={2} data-testid="detail-audience-partners">
          {(promotion.audiencePartners ?? []).map((p) => (
            <List.Item key={p.id} style={{ overflowWrap: 'anywhere' }}>
              {p.legalName}
            </List.Item>
          ))}
        </List>
      </Stack>
    ) : (
      t(`${P}.audience.ALL_PARTNERS`)
    );

  return (
    <Stack gap="xl">
      <Section title={t(`${P}.sections.terms`)} testId="promotion-terms">
        <DetailList
          items={[
            { label: t(`${P}.fields.brand`), value: promotion.brand.legalName, testId: 'detail-brand' },
            { label: t(`${P}.fields.audience`), value: audience, testId: 'detail-audience' },
            { label: t(`${P}.fields.startsAt`), value: format.dateTime(promotion.startsAt), numeric: true, testId: 'detail-starts' },
            { label: t(`${P}.fields.endsAt`), value: format.dateTime(promotion.endsAt), numeric: true, testId: 'detail-ends' },
            {
              label: t(`${P}.fields.trackingModes`),
              value:
                promotion.trackingModes.length === 0 ? (
                  t(`${P}.noTracking`)
                ) : (
                  <Group gap={6}>
                    {promotion.trackingModes.map((mode) => (
                      <Badge key={mode} variant="light" color="gray" radius="sm" tt="none" fw={500}>
                        {t(`${P}.tracking.${mode}`)}
                      </Badge>
                    ))}
                  </Group>
                ),
              testId: 'detail-tracking',
            },
            {
              label: t(`${P}.fields.holdingDays`),
              value: promotion.holdingDays > 0 ? t(`${P}.days`, { count: promotion.holdingDays }) : t(`${P}.noHolding`),
              numeric: true,
              testId: 'detail-holding',
            },
            {
              label: t(`${P}.fields.budgetCap`),
              value: promotion.budgetCap ? format.money(promotion.budgetCap.amountMinor, promotion.budgetCap.currency) : t(`${P}.noCap`),
              numeric: true,
              testId: 'detail-budget-cap',
            },
            {
              label: t(`${P}.fields.perParticipantCap`),
              value: promotion.perParticipantCap
                ? format.money(promotion.perParticipantCap.amountMinor, promotion.perParticipantCap.currency)
                : t(`${P}.noCap`),
              numeric: true,
              testId: 'detail-participant-cap',
            },
            { label: t(`${P}.fields.currency`), value: promotion.currency },
            { label: t(`${P}.fields.submitted`), value: format.dateTime(promotion.updatedAt), numeric: true },
          ]}
        />
      </Section>

      <Section title={t(`${P}.sections.description`)}>
        <Prose text={promotion.description} testId="detail-description" />
      </Section>
      <Section title={t(`${P}.sections.rules`)}>
        <Prose text={promotion.rules} testId="detail-rules" />
      </Section>

      <Section
        title={t(`${P}.sections.products`)}
        extra={
          <Text fz="sm" c="dimmed" style={tabular}>
            {format.number(promotion.products.length)}
          </Text>
        }
        testId="promotion-products"
      >
        {promotion.products.length === 0 ? (
          <Text fz="sm" c="dimmed">
            {t(`${P}.noProducts`)}
          </Text>
        ) : (
          <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
            <Table verticalSpacing="xs" horizontalSpacing="sm" fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t(`${P}.fields.product`)}</Table.Th>
                  <Table.Th ta="right">{t(`${P}.fields.listPrice`)}</Table.Th>
                  <Table.Th>{t(`${P}.fields.moderation`)}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {promotion.products.map((product) => {
                  const blocked = product.status !== 'APPROVED';
                  return (
                    <Table.Tr key={product.id} bg={blocked ? 'orange.0' : undefined} data-testid="promotion-product" data-status={product.status}>
                      <Table.Td>
                        <Text fz="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                          {product.name}
                        </Text>
                        <Text fz="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                          {product.sku}
                        </Text>
                        {blocked && (
                          <Group gap={4} wrap="nowrap" mt={2}>
                            <IconAlert size={12} color="var(--mantine-color-orange-7)" style={{ flexShrink: 0 }} />
                            <Text fz="xs" c="orange.8">
                              {t(`${P}.productNotApproved`)}
                            </Text>
                          </Group>
                        )}
                      </Table.Td>
                      <Table.Td ta="right" style={tabular}>
                        {format.money(product.listPrice.amountMinor, product.listPrice.currency)}
                      </Table.Td>
                      <Table.Td>
                        <StatusBadge status={product.status} />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Paper>
        )}
      </Section>

      <Section title={t(`${P}.sections.payoutOptions`)} testId="promotion-payout-options">
        {options.length === 0 ? (
          <Text fz="sm" c="dimmed">
            {t(`${P}.noOptions`)}
          </Text>
        ) : (
          <Stack gap="xs">
            {options.map((option) => (
              <Paper key={option.id} withBorder radius="md" p="sm" data-testid="payout-option" data-kind={option.kind}>
                <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
                  <Stack gap={2} style={{ minWidth: 0 }}>
                    <Group gap="xs" wrap="wrap">
                      <Text fz="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                        {option.name}
                      </Text>
                      {option.isDefault && (
                        <Badge size="sm" variant="light" color="blue" radius="sm" data-testid="payout-default">
                          {t(`${P}.payout.default`)}
                        </Badge>
                      )}
                    </Group>
                    <Text fz="xs" c="dimmed">
                      {payout.kind(option.kind)}
                    </Text>
                  </Stack>
                  <Text fz="sm" fw={600} ta="right" style={tabular} data-testid="payout-value">
                    {payout.withUnit(option.kind, option.value)}
                  </Text>
                </Group>
                {option.productValues.length > 0 && (
                  <Stack gap={4} mt="xs" pt="xs" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
                    <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
                      {t(`${P}.payout.perProduct`)}
                    </Text>
                    {option.productValues.map((pv) => (
                      <Group key={pv.productId} justify="space-between" wrap="nowrap" gap="md" data-testid="payout-product-value">
                        <Text fz="sm" style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
                          {pv.productName}
                        </Text>
                        <Text fz="sm" ta="right" style={tabular}>
                          {payout.withUnit(option.kind, pv.value)}
                        </Text>
                      </Group>
                    ))}
                  </Stack>
                )}
              </Paper>
            ))}
          </Stack>
        )}
      </Section>

      <Section
        title={t(`${P}.sections.members`)}
        extra={
          <Text fz="sm" c="dimmed" style={tabular} data-testid="member-count">
            {t(`${P}.members.total`, { count: promotion.memberCount, formatted: format.number(promotion.memberCount) })}
          </Text>
        }
        testId="promotion-members"
      >
        {promotion.memberCount === 0 ? (
          <Text fz="sm" c="dimmed">
            {t(`${P}.members.none`)}
          </Text>
        ) : (
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
            {STAGES.map((stage) => (
              <Paper key={stage} withBorder radius="md" p="xs" data-testid="member-stage" data-stage={stage}>
                <Text fz="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {t(`${P}.members.stage.${stage}`)}
                </Text>
                <Text fz="lg" fw={600} ta="right" style={tabular}>
                  {format.number(stageCount.get(stage) ?? 0)}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
        )}
      </Section>

      <Section title={t(`${P}.sections.decisions`)}>
        <DecisionHistory decisions={promotion.decisions} />
      </Section>
    </Stack>
  );
}
