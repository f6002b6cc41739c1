import { useState } from 'react';
import {
  Accordion,
  ActionIcon,
  Badge,
  Button,
  Grid,
  Group,
  List,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useLazyQuery, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  BrandPromotionMembersDocument,
  ProductsDocument,
  RewardPreviewDocument,
  type BrandPromotionFieldsFragment,
  type PayoutKind,
  type RewardPreviewInput,
  type RewardPreviewQuery,
} from '@motiva/schema';
import { EmptyState, IconX, errorCode, fieldErrorPaths, useFormat } from '@motiva/ui';
import { AmountInput } from '../shared/AmountInput';
import { ApiErrorAlert } from '../shared/ApiErrorAlert';
import { IconPlus } from '../shared/icons';
import { isPercent, valueProblemKey, type PayoutFormat, usePayoutFormat } from '../shared/payout';

interface LineDraft {
  key: string;
  productId: string | null;
  quantity: number | string;
  unitPrice: string;
}

type Preview = RewardPreviewQuery['rewardPreview'];

let lineCounter = 0;
const newLine = (productId: string | null = null): LineDraft => ({ key: `line-${(lineCounter += 1)}`, productId, quantity: 1, unitPrice: '' });

const num = { textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;

/** "3 × 500,00 ₽ + 1 × 300,00 ₽ = 1 800,00 ₽": the explanation in the user's language, built from the API's numbers. */
function explain(p: Preview, fmt: PayoutFormat, t: ReturnType<typeof useTranslation>['t']): string[] {
  const steps: string[] = [];
  steps.push(t('brand.promotions.preview.steps.option', { name: p.payoutOptionName, value: fmt.withUnit(p.kind, p.optionValue) }));
  if (p.overrideValue != null) steps.push(t('brand.promotions.preview.steps.override', { value: fmt.withUnit(p.kind, p.overrideValue) }));
  const skipped = p.lines.filter((l) => l.outcome !== 'COUNTED').length;
  if (skipped > 0) steps.push(t('brand.promotions.preview.steps.notEligible', { count: skipped }));
  const counted = p.lines.filter((l) => l.outcome === 'COUNTED');
  const uncapped = fmt.money(p.uncapped.amountMinor);
  switch (p.kind as PayoutKind) {
    case 'PER_UNIT': {
      const terms = counted.map((l) => `${l.quantity} × ${fmt.money(l.value ?? '0')}`).join(' + ');
      steps.push(counted.length ? t('brand.promotions.preview.steps.perUnit', { terms, total: uncapped }) : t('brand.promotions.preview.steps.nothingCounted'));
      break;
    }
    case 'PERCENT_OF_SALE':
      steps.push(
        t('brand.promotions.preview.steps.percent', {
          percent: fmt.value('PERCENT_OF_SALE', p.overrideValue ?? p.optionValue),
          sale: fmt.money(p.eligibleSaleAmount.amountMinor),
          total: uncapped,
        }),
      );
      break;
    case 'FLAT_PER_SALE':
      steps.push(counted.length ? t('brand.promotions.preview.steps.flat', { total: uncapped }) : t('brand.promotions.preview.steps.flatNone'));
      break;
    case 'PER_CLICK':
      steps.push(t('brand.promotions.preview.steps.perClick'));
      break;
  }
  if (p.cappedBy) steps.push(t(`brand.promotions.preview.steps.cap.${p.cappedBy}`, { defaultValue: p.cappedBy, total: fmt.money(p.amount.amountMinor) }));
  steps.push(t('brand.promotions.preview.steps.result', { total: fmt.money(p.amount.amountMinor) }));
  return steps;
}

/** What a sale of these products would earn under an option (or a member's terms), explained step by step. */
export function RewardPreviewTab({ promotion }: { promotion: BrandPromotionFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const fmt = usePayoutFormat(promotion.currency);
  const defaultOption = promotion.payoutOptions.find((o) => o.isDefault) ?? promotion.payoutOptions[0];
  const [basis, setBasis] = useState<'option' | 'member'>('option');
  const [optionId, setOptionId] = useState<string | null>(defaultOption?.id ?? null);
  const [memberId, setMemberId] = useState<string | null>(null);
  const [overrideText, setOverrideText] = useState('');
  const [lines, setLines] = useState<LineDraft[]>(() => [newLine(promotion.products.find((p) => p.status === 'APPROVED')?.id ?? promotion.products[0]?.id ?? null)]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [run, { data, loading, error }] = useLazyQuery(RewardPreviewDocument, { fetchPolicy: 'network-only' });
  const members = useQuery(BrandPromotionMembersDocument, { variables: { promotionId: promotion.id, page: { offset: 0, limit: 100 } } });
  const brandProducts = useQuery(ProductsDocument, { variables: { sort: { field: 'NAME', direction: 'ASC' }, page: { offset: 0, limit: 100 } } });
  const memberList = members.data?.promotionMembers.items ?? [];
  const member = memberList.find((m) => m.id === memberId);
  const option = promotion.payoutOptions.find((o) => o.id === optionId);
  const kind: PayoutKind | null = basis === 'member' ? (member?.payoutOption.kind ?? null) : (option?.kind ?? null);
  const preview = data?.rewardPreview;

  const eligibleIds = new Set(promotion.products.map((p) => p.id));
  const allProducts = new Map([...promotion.products, ...(brandProducts.data?.products.items ?? [])].map((p) => [p.id, p]));
  const productData = [
    { group: t('brand.promotions.preview.inPromotion'), items: promotion.products.map((p) => ({ value: p.id, label: p.name })) },
    {
      group: t('brand.promotions.preview.otherProducts'),
      items: (brandProducts.data?.products.items ?? []).filter((p) => !eligibleIds.has(p.id)).map((p) => ({ value: p.id, label: p.name })),
    },
  ].filter((g) => g.items.length > 0);

  const setLine = (key: string, patch: Partial<LineDraft>) => {
    setLines((ls) => ls.map((l) => (l.key === key ? { ...l, ...patch } : l)));
    setErrors({});
  };

  const calculate = async () => {
    const found: Record<string, string> = {};
    if (basis === 'option' && !optionId) found.payoutOptionId = t('validation.required');
    if (basis === 'member' && !memberId) found.memberId = t('validation.required');
    let overrideValue: string | null = null;
    if (overrideText.trim() !== '') {
      if (!kind) found.overrideValue = t('brand.promotions.preview.chooseFirst');
      else {
        const problem = fmt.problem(kind, overrideText);
        if (problem) found.overrideValue = t(valueProblemKey(kind, problem));
        else overrideValue = fmt.parse(kind, overrideText);
      }
    }
    const inputLines: RewardPreviewInput['lines'] = [];
    lines.forEach((l, i) => {
      if (!l.productId) found[`lines.${i}.productId`] = t('validation.required');
      const quantity = typeof l.quantity === 'number' ? l.quantity : Number.parseInt(l.quantity, 10);
      if (!Number.isSafeInteger(quantity) || quantity < 1) found[`lines.${i}.quantity`] = t('brand.promotions.preview.quantityMin');
      let unitPriceMinor: string | null = null;
      if (l.unitPrice.trim() !== '') {
        unitPriceMinor = fmt.parseMoney(l.unitPrice);
        if (unitPriceMinor === null) found[`lines.${i}.unitPriceMinor`] = t('validation.money');
      }
      if (l.productId) inputLines.push({ productId: l.productId, quantity, unitPriceMinor });
    });
    if (lines.length === 0) found.lines = t('brand.promotions.preview.addLine');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const input: RewardPreviewInput = {
      promotionId: promotion.id,
      lines: inputLines,
      overrideValue,
      ...(basis === 'member' ? { memberId } : { payoutOptionId: optionId }),
    };
    const result = await run({ variables: { input } }).catch((e: unknown) => ({ error: e }));
    if ('error' in result && result.error && errorCode(result.error) === 'BAD_USER_INPUT') setErrors(fieldErrorPaths(result.error));
  };

  const steps = preview ? explain(preview, fmt, t) : [];

  return (
    <Grid gap="lg" data-testid="reward-preview">
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <Paper withBorder radius="md" p="lg">
          <Stack gap="md">
            <Stack gap={2}>
              <Title order={2} fz="h4">
                {t('brand.promotions.preview.title')}
              </Title>
              <Text fz="sm" c="dimmed">
                {t('brand.promotions.preview.intro')}
              </Text>
            </Stack>
            <SegmentedControl
              value={basis}
              onChange={(v) => {
                setBasis(v as 'option' | 'member');
                setErrors({});
              }}
              data-testid="preview-basis"
              fullWidth
              data={[
                { value: 'option', label: <span data-testid="preview-basis-option">{t('brand.promotions.preview.byOption')}</span> },
                { value: 'member', label: <span data-testid="preview-basis-member">{t('brand.promotions.preview.byMember')}</span> },
              ]}
            />
            {basis === 'option' ? (
              <Select
                label={t('brand.promotions.members.payoutOption')}
                data={promotion.payoutOptions.map((o) => ({ value: o.id, label: `${o.name} — ${fmt.withUnit(o.kind, o.value)}` }))}
                value={optionId}
                onChange={setOptionId}
                allowDeselect={false}
                error={errors.payoutOptionId}
                data-testid="preview-option"
              />
            ) : (
              <Select
                label={t('brand.promotions.preview.member')}
                placeholder={memberList.length ? t('brand.promotions.preview.memberPlaceholder') : t('brand.promotions.preview.noMembers')}
                data={memberList.map((m) => ({ value: m.id, label: `${m.participant.name} — ${m.payoutOption.name}` }))}
                value={memberId}
                onChange={setMemberId}
                searchable
                nothingFoundMessage={t('brand.promotions.preview.noMembers')}
                error={errors.memberId}
                description={
                  member
                    ? t(member.overrideValue != null ? 'brand.promotions.preview.memberTermsOverride' : 'brand.promotions.preview.memberTerms', {
                        option: `${member.payoutOption.name}: ${fmt.withUnit(member.payoutOption.kind, member.payoutOption.value)}`,
                        override: member.overrideValue != null ? fmt.withUnit(member.payoutOption.kind, member.overrideValue) : '',
                      })
                    : undefined
                }
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                disabled={memberList.length === 0}
                data-testid="preview-member"
              />
            )}
            <AmountInput
              label={t('brand.promotions.preview.override')}
              description={t('brand.promotions.preview.overrideHint')}
              value={overrideText}
              onChange={(v) => {
                setOverrideText(v);
                setErrors({});
              }}
              unit={kind && isPercent(kind) ? '%' : fmt.sign}
              error={errors.overrideValue}
              testId="preview-override"
            />

            <Stack gap="xs">
              <Text fz="sm" fw={500}>
                {t('brand.promotions.preview.lines')}
              </Text>
              {lines.map((line, i) => {
                const product = line.productId ? allProducts.get(line.productId) : undefined;
                return (
                  <Paper key={line.key} withBorder radius="md" p="sm" data-testid={`preview-line-${i}`}>
                    <Stack gap="xs">
                      <Group gap="xs" wrap="nowrap" align="flex-start">
                        <Select
                          aria-label={t('brand.promotions.products.product')}
                          placeholder={t('brand.promotions.preview.productPlaceholder')}
                          data={productData}
                          value={line.productId}
                          onChange={(v) => setLine(line.key, { productId: v })}
                          searchable
                          renderOption={({ option }) => (
                            <Stack gap={0}>
                              <Text fz="sm">{option.label}</Text>
                              <Text fz="xs" c="dimmed">
                                {allProducts.get(option.value)?.sku}
                              </Text>
                            </Stack>
                          )}
                          error={errors[`lines.${i}.productId`]}
                          style={{ flex: 1, minWidth: 0 }}
                          data-testid={`preview-line-${i}-product`}
                        />
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          size="lg"
                          onClick={() => setLines((ls) => ls.filter((l) => l.key !== line.key))}
                          disabled={lines.length === 1}
                          aria-label={t('brand.promotions.preview.removeLine', { n: i + 1 })}
                        >
                          <IconX size={16} />
                        </ActionIcon>
                      </Group>
                      <Group gap="xs" wrap="nowrap" align="flex-start">
                        <NumberInput
                          label={t('brand.promotions.preview.quantity')}
                          value={line.quantity}
                          onChange={(v) => setLine(line.key, { quantity: v })}
                          min={1}
                          max={1_000_000}
                          allowDecimal={false}
                          allowNegative={false}
                          hideControls
                          error={errors[`lines.${i}.quantity`]}
                          w={110}
                          styles={{ input: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } }}
                          data-testid={`preview-line-${i}-quantity`}
                        />
                        <AmountInput
                          label={t('brand.promotions.preview.unitPrice')}
                          value={line.unitPrice}
                          onChange={(v) => setLine(line.key, { unitPrice: v })}
                          unit={fmt.sign}
                          placeholder={product ? fmt.moneyToInput(product.listPrice.amountMinor) : undefined}
                          tidy={(text) => {
                            const minor = fmt.parseMoney(text);
                            return minor === null ? null : fmt.moneyToInput(minor);
                          }}
                          description={t('brand.promotions.preview.unitPriceHint')}
                          error={errors[`lines.${i}.unitPriceMinor`]}
                          testId={`preview-line-${i}-price`}
                          w="100%"
                        />
                      </Group>
                    </Stack>
                  </Paper>
                );
              })}
              {errors.lines && (
                <Text c="red" fz="sm">
                  {errors.lines}
                </Text>
              )}
              <Group>
                <Button variant="subtle" size="compact-sm" leftSection={<IconPlus size={14} />} onClick={() => setLines((ls) => [...ls, newLine()])} disabled={lines.length >= 100} data-testid="preview-add-line">
                  {t('brand.promotions.preview.addLine')}
                </Button>
              </Group>
            </Stack>
            <Button onClick={() => void calculate()} loading={loading} data-testid="preview-calculate">
              {t('brand.promotions.preview.calculate')}
            </Button>
          </Stack>
        </Paper>
      </Grid.Col>

      <Grid.Col span={{ base: 12, lg: 8 }}>
        <Stack gap="lg">
          {error && errorCode(error) !== 'BAD_USER_INPUT' && <ApiErrorAlert error={error} testId="preview-error" />}
          {error && errorCode(error) === 'BAD_USER_INPUT' && Object.keys(fieldErrorPaths(error)).every((k) => !(k in errors)) && <ApiErrorAlert error={error} unplaced={Object.entries(fieldErrorPaths(error)).map(([label, message]) => ({ label, message }))} testId="preview-error" />}
          {!preview ? (
            <Paper withBorder radius="md" p="lg">
              <EmptyState title={t('brand.promotions.preview.emptyTitle')} description={t('brand.promotions.preview.emptyText')} testId="preview-empty" />
            </Paper>
          ) : (
            <>
              <Paper withBorder radius="md" p="lg" data-testid="preview-result">
                <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
                  <Stack gap={2}>
                    <Text fz="sm" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
                      {t('brand.promotions.preview.reward')}
                    </Text>
                    <Text fz={40} fw={800} lh={1.1} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="preview-amount">
                      {format.money(preview.amount.amountMinor, preview.amount.currency)}
                    </Text>
                    <Text fz="sm" c="dimmed">
                      {t('brand.promotions.preview.under', { name: preview.payoutOptionName, value: fmt.withUnit(preview.kind, preview.overrideValue ?? preview.optionValue) })}
                    </Text>
                  </Stack>
                  {preview.cappedBy && (
                    <Badge color="orange" variant="light" size="lg" radius="sm" style={{ minWidth: 'max-content' }} data-testid="preview-capped">
                      {t(`brand.promotions.preview.cappedBy.${preview.cappedBy}`, { defaultValue: preview.cappedBy })}
                    </Badge>
                  )}
                </Group>
                <Group gap="xl" mt="md" wrap="wrap">
                  <Stack gap={0}>
                    <Text fz="xs" c="dimmed">
                      {t('brand.promotions.preview.eligibleSale')}
                    </Text>
                    <Text fw={600} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="preview-eligible-sale">
                      {format.money(preview.eligibleSaleAmount.amountMinor, preview.eligibleSaleAmount.currency)}
                    </Text>
                  </Stack>
                  <Stack gap={0}>
                    <Text fz="xs" c="dimmed">
                      {t('brand.promotions.preview.uncapped')}
                    </Text>
                    <Text fw={600} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="preview-uncapped">
                      {format.money(preview.uncapped.amountMinor, preview.uncapped.currency)}
                    </Text>
                  </Stack>
                </Group>
              </Paper>

              <Paper withBorder radius="md" p="lg">
                <Title order={3} fz="h5" mb="sm">
                  {t('brand.promotions.preview.howTitle')}
                </Title>
                <List type="ordered" spacing={6} fz="sm" data-testid="preview-steps">
                  {steps.map((s, i) => (
                    <List.Item key={i} style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {s}
                    </List.Item>
                  ))}
                </List>
              </Paper>

              <Paper withBorder radius="md" p={0} style={{ overflow: 'hidden' }}>
                <Table.ScrollContainer minWidth={720}>
                  <Table verticalSpacing="sm" horizontalSpacing="md" data-testid="preview-lines">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th style={{ minWidth: 180 }}>{t('brand.promotions.products.product')}</Table.Th>
                        <Table.Th style={{ textAlign: 'right' }}>{t('brand.promotions.preview.quantity')}</Table.Th>
                        <Table.Th style={{ textAlign: 'right' }}>{t('brand.promotions.preview.unitPrice')}</Table.Th>
                        {preview.kind === 'PER_UNIT' && <Table.Th style={{ textAlign: 'right' }}>{t('brand.promotions.preview.perUnit')}</Table.Th>}
                        <Table.Th>{t('brand.promotions.preview.outcome')}</Table.Th>
                        <Table.Th style={{ textAlign: 'right' }}>{t('brand.promotions.preview.lineAmount')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {preview.lines.map((l, i) => (
                        <Table.Tr key={i} data-testid="preview-line-result" data-outcome={l.outcome}>
                          <Table.Td style={{ overflowWrap: 'anywhere' }}>{l.productName ?? allProducts.get(l.productId)?.name ?? l.productId}</Table.Td>
                          <Table.Td style={num}>{format.number(l.quantity)}</Table.Td>
                          <Table.Td style={num}>{format.money(l.unitPrice.amountMinor, l.unitPrice.currency)}</Table.Td>
                          {preview.kind === 'PER_UNIT' && <Table.Td style={num}>{l.value != null ? fmt.money(l.value) : '—'}</Table.Td>}
                          <Table.Td>
                            <Badge variant="light" radius="sm" color={l.outcome === 'COUNTED' ? 'green' : 'gray'} style={{ minWidth: 'max-content' }}>
                              {t(`brand.promotions.preview.outcomes.${l.outcome}`, { defaultValue: l.outcome })}
                            </Badge>
                          </Table.Td>
                          <Table.Td style={num}>{format.money(l.amount.amountMinor, l.amount.currency)}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Paper>

              <Accordion variant="contained" radius="md">
                <Accordion.Item value="log">
                  <Accordion.Control data-testid="preview-log-toggle">{t('brand.promotions.preview.serverLog')}</Accordion.Control>
                  <Accordion.Panel>
                    <Text fz="xs" c="dimmed" mb={6}>
                      {t('brand.promotions.preview.serverLogHint')}
                    </Text>
                    <List fz="xs" spacing={2} ff="monospace">
                      {preview.steps.map((s, i) => (
                        <List.Item key={i}>{s}</List.Item>
                      ))}
                    </List>
                  </Accordion.Panel>
                </Accordion.Item>
              </Accordion>
            </>
          )}
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
