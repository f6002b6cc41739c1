import { useState } from 'react';
import { Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { BrandPromotionMembersDocument, RecordManualSaleDocument, type BrandPromotionFieldsFragment } from '@motiva/schema';
import { ErrorAlert, errorCode, fieldErrorPaths, notify, useFormat } from '@motiva/ui';
import { isoToLocalInput } from '../shared/dateTime';
import { IconPlus } from '../shared/icons';
import { usePayoutFormat } from '../shared/payout';
import { SaleLineFields, type SaleLineText } from '../shared/SaleLineFields';
import {
  MAX_LINES,
  MAX_QUANTITY,
  lineTotalMinor,
  manualSaleTotal,
  newManualLine,
  toManualSaleInput,
  type ManualLineDraft,
} from './manualSale';

const P = 'brand.promotions.report.manualSale';
/** Answers with their own sentence; anything else gets the kit's sentence for its code. */
const KNOWN = new Set(['NOT_FOUND', 'NOT_AN_ACTIVE_MEMBER', 'RECEIPT_DATE_OUTSIDE_MEMBERSHIP', 'DUPLICATE_ORDER']);
/** Field errors the form shows beside their input; any other goes into the alert. */
const PLACED = /^(memberId|orderId|orderedAt|lines|lines\.\d+\.(productId|quantity|unitPriceMinor))$/;
const numeric = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;
const nowInput = () => isoToLocalInput(new Date().toISOString());

/**
 * "Enter a manual sale": one order of one earning member, its lines priced as the brand types them. Mounted only
 * while open, so the members are asked for then. An order id recorded before is refused (DUPLICATE_ORDER) and said so.
 */
export function ManualSaleModal({ promotion, onClose }: { promotion: BrandPromotionFieldsFragment; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const fmt = usePayoutFormat(promotion.currency);
  const phone = useMediaQuery('(max-width: 36em)');
  const products = promotion.products.filter((p) => p.status === 'APPROVED');
  const byId = new Map(products.map((p) => [p.id, p]));
  const firstLine = () => {
    const only = products.length === 1 ? products[0] : undefined;
    return newManualLine(only?.id ?? null, only ? fmt.moneyToInput(only.listPrice.amountMinor) : '');
  };
  const [member, setMember] = useState<{ value: string; label: string } | null>(null);
  const [memberSearch, setMemberSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(memberSearch.trim().slice(0, 100), 300);
  const memberId = member?.value ?? null;
  const [orderId, setOrderId] = useState('');
  const [orderedAt, setOrderedAt] = useState(nowInput);
  const [lines, setLines] = useState<ManualLineDraft[]>(() => [firstLine()]);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const members = useQuery(BrandPromotionMembersDocument, {
    variables: {
      promotionId: promotion.id,
      // Only members who earn now; searched on the server (name or city), except while the box shows the chosen one.
      filter: { stage: 'ACTIVE', active: true, search: debouncedSearch && debouncedSearch !== member?.label ? debouncedSearch : null },
      page: { offset: 0, limit: 50 },
    },
  });
  const [record, state] = useMutation(RecordManualSaleDocument, { refetchQueries: ['BrandConversions', 'BrandTrackingStats'] });
  const total = manualSaleTotal(lines, fmt.parseMoney);
  const money = (minor: bigint | string) => format.money(minor, promotion.currency);

  const serverFields = state.error && errorCode(state.error) === 'BAD_USER_INPUT' ? fieldErrorPaths(state.error) : {};
  const errors = { ...serverFields, ...problems };
  const unplaced = Object.entries(serverFields)
    .filter(([key]) => !PLACED.test(key))
    .map(([label, message]) => ({ label, message }));
  const code = state.error ? errorCode(state.error) : undefined;

  const edit = (apply: () => void) => {
    apply();
    setProblems({});
    state.reset();
  };
  const setLine = (key: string, patch: Partial<ManualLineDraft>) =>
    edit(() => setLines((all) => all.map((l) => (l.key === key ? { ...l, ...patch } : l))));
  const lineText: SaleLineText = {
    product: t(`${P}.product`),
    productPlaceholder: t(`${P}.productPlaceholder`),
    noProducts: t(`${P}.noProducts`),
    quantity: t(`${P}.quantity`),
    unitPrice: t(`${P}.unitPrice`),
    removeLine: (n) => t(`${P}.removeLine`, { n }),
  };
  // The list price as a starting point, never over a price already typed.
  const chooseProduct = (line: ManualLineDraft, productId: string | null) => {
    const product = productId ? byId.get(productId) : undefined;
    setLine(line.key, {
      productId,
      ...(product && line.unitPrice.trim() === '' ? { unitPrice: fmt.moneyToInput(product.listPrice.amountMinor) } : {}),
    });
  };

  const submit = async () => {
    const built = toManualSaleInput({ memberId, orderId, orderedAt, lines }, fmt.parseMoney, new Date());
    if (!built.input) {
      setProblems(Object.fromEntries(Object.entries(built.errors).map(([key, problem]) => [key, t(`${P}.error.${problem}`)])));
      return;
    }
    const result = await record({ variables: { input: built.input } }).catch(() => null);
    const sale = result?.data?.recordManualSale;
    if (!sale) return;
    notify.success(
      t(`${P}.done`, {
        commission: money(sale.commission.amountMinor),
        amount: money(sale.amount.amountMinor),
        reason: sale.attributionReason,
      }),
      t(`${P}.doneTitle`, { orderId: sale.orderId }),
    );
    onClose();
  };

  const found = (members.data ?? members.previousData)?.promotionMembers.items ?? [];
  const memberOptions = found.map((m) => ({
    value: m.id,
    label: m.participant.city ? `${m.participant.name} · ${m.participant.city}` : m.participant.name,
  }));
  if (member && !memberOptions.some((o) => o.value === member.value)) memberOptions.unshift(member);

  return (
    <Modal opened onClose={onClose} title={t(`${P}.title`)} size="lg" fullScreen={phone}>
      <Stack data-testid="manual-sale-form" gap="sm">
        <Text fz="sm" c="dimmed">
          {t(`${P}.intro`)}
        </Text>
        <Select
          label={t(`${P}.member`)}
          placeholder={members.loading ? t(`${P}.loadingMembers`) : t(`${P}.memberPlaceholder`)}
          data={memberOptions}
          value={memberId}
          onChange={(value, option) => edit(() => setMember(value && option ? { value, label: option.label } : null))}
          searchable
          searchValue={memberSearch}
          onSearchChange={setMemberSearch}
          // The API has searched already: show what it answered as it is.
          filter={({ options }) => options}
          required
          nothingFoundMessage={t(`${P}.noMembers`)}
          error={errors.memberId ?? (members.error ? t(`${P}.membersFailed`) : undefined)}
          data-autofocus
          data-testid="manual-sale-member"
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t(`${P}.orderId`)}
            description={t(`${P}.orderIdHint`)}
            value={orderId}
            onChange={(event) => {
              const value = event.currentTarget.value;
              edit(() => setOrderId(value));
            }}
            maxLength={100}
            required
            autoComplete="off"
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            error={errors.orderId}
            data-testid="manual-sale-order-id"
          />
          <TextInput
            type="datetime-local"
            label={t(`${P}.orderedAt`)}
            description={t(`${P}.orderedAtHint`)}
            value={orderedAt}
            max={nowInput()}
            onChange={(event) => {
              const value = event.currentTarget.value;
              edit(() => setOrderedAt(value));
            }}
            required
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            error={errors.orderedAt}
            data-testid="manual-sale-ordered-at"
          />
        </SimpleGrid>

        <Text fz="sm" fw={500}>
          {t(`${P}.lines`)}
        </Text>
        {lines.map((line, i) => {
          const lineTotal = lineTotalMinor(line, fmt.parseMoney);
          return (
            <SaleLineFields
              key={line.key}
              line={line}
              index={i}
              products={products}
              text={lineText}
              testId={`manual-sale-line-${i}`}
              errors={errors}
              fmt={fmt}
              maxQuantity={MAX_QUANTITY}
              onProduct={(productId) => chooseProduct(line, productId)}
              onChange={(patch) => setLine(line.key, patch)}
              onRemove={() => edit(() => setLines((all) => all.filter((l) => l.key !== line.key)))}
              removable={lines.length > 1}
            >
              <Text fz="xs" c="dimmed" ta="right" style={numeric} data-testid={`manual-sale-line-${i}-total`}>
                {t(`${P}.lineTotal`, { amount: lineTotal === null ? '—' : money(lineTotal) })}
              </Text>
            </SaleLineFields>
          );
        })}
        {errors.lines && (
          <Text c="red" fz="sm">
            {errors.lines}
          </Text>
        )}
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPlus size={14} />}
            onClick={() => edit(() => setLines((all) => [...all, newManualLine()]))}
            disabled={lines.length >= MAX_LINES}
            data-testid="manual-sale-line-add"
          >
            {lines.length >= MAX_LINES ? t(`${P}.maxLines`, { max: MAX_LINES }) : t(`${P}.addLine`)}
          </Button>
          <Text fw={700} style={numeric} data-testid="manual-sale-total">
            {t(`${P}.total`, { amount: money(total.minor) })}
          </Text>
        </Group>

        {state.error && (
          <ErrorAlert
            error={state.error}
            messageKey={code && KNOWN.has(code) ? `${P}.error.${code}` : undefined}
            withServerMessage={!code || !KNOWN.has(code)}
            unplaced={unplaced}
            testId="manual-sale-error"
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t(`${P}.cancel`)}
          </Button>
          <Button onClick={() => void submit()} loading={state.loading} data-testid="manual-sale-submit">
            {t(`${P}.submit`)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
