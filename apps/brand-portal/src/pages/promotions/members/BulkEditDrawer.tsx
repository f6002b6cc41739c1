import { useState, type ReactNode } from 'react';
import { Badge, Button, Drawer, Group, Paper, SegmentedControl, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  UpdatePromotionMembersDocument,
  type BrandPromotionFieldsFragment,
  type MemberChangesInput,
  type MemberUpdateOutcome,
  type UpdatePromotionMembersMutation,
} from '@motiva/schema';
import { errorCode, fieldErrorPaths, useFormat, type FieldError } from '@motiva/ui';
import { AmountInput } from '../shared/AmountInput';
import { ApiErrorAlert } from '../shared/ApiErrorAlert';
import { localInputToIso } from '../shared/dateTime';
import { isPercent, valueProblemKey, type PayoutFormat } from '../shared/payout';
import type { Member } from './memberFormat';

type Results = UpdatePromotionMembersMutation['updatePromotionMembers'];
type Tri = 'keep' | 'set' | 'clear';
const KEEP = 'keep';

const OUTCOME_COLOR: Record<MemberUpdateOutcome, string> = { UPDATED: 'green', UNCHANGED: 'gray', FAILED: 'red', NOT_FOUND: 'red' };

export interface BulkEditDrawerProps {
  opened: boolean;
  onClose: () => void;
  promotion: BrandPromotionFieldsFragment;
  members: Member[];
  fmt: PayoutFormat;
}

function Change({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Paper withBorder radius="md" p="md" data-testid={testId}>
      <Stack gap="xs">
        <Text fw={600} fz="sm">
          {label}
        </Text>
        {children}
      </Stack>
    </Paper>
  );
}

/**
 * One change applied to every selected member in one transaction: payout option, own value
 * (override), active flag, validity dates. Whatever is left on "keep" is not sent. The API answers
 * per member, and that table is shown afterwards.
 */
export function BulkEditDrawer({ opened, onClose, promotion, members, fmt }: BulkEditDrawerProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [optionId, setOptionId] = useState<string>(KEEP);
  const [overrideMode, setOverrideMode] = useState<Tri>('keep');
  const [overrideText, setOverrideText] = useState('');
  const [activeMode, setActiveMode] = useState<'keep' | 'active' | 'inactive'>('keep');
  const [fromMode, setFromMode] = useState<Tri>('keep');
  const [fromText, setFromText] = useState('');
  const [toMode, setToMode] = useState<Tri>('keep');
  const [toText, setToText] = useState('');
  const [errors, setErrors] = useState<Record<string, FieldError | undefined>>({});
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [results, setResults] = useState<{ rows: Results; names: Map<string, string> } | null>(null);
  const [update, updating] = useMutation(UpdatePromotionMembersDocument, { refetchQueries: ['BrandPromotionMembers', 'PromotionHistory'] });

  const chosenOption = promotion.payoutOptions.find((o) => o.id === optionId);
  const kinds = new Set(members.map((m) => m.payoutOption.kind));
  const overrideKind = chosenOption?.kind ?? (kinds.size === 1 ? [...kinds][0]! : null);
  const errorText = (name: string) => {
    const e = errors[name];
    return e ? ('key' in e ? t(e.key) : e.message) : undefined;
  };
  const clearError = (name: string) => setErrors((e) => (e[name] || e.changes ? { ...e, [name]: undefined, changes: undefined } : e));

  const reset = () => {
    setOptionId(KEEP);
    setOverrideMode('keep');
    setOverrideText('');
    setActiveMode('keep');
    setFromMode('keep');
    setFromText('');
    setToMode('keep');
    setToText('');
    setErrors({});
    setSubmitError(null);
    setResults(null);
  };
  const close = () => {
    onClose();
    reset();
  };

  const submit = async () => {
    setSubmitError(null);
    const found: Record<string, FieldError> = {};
    const changes: MemberChangesInput = {};
    if (optionId !== KEEP) changes.payoutOptionId = optionId;
    if (overrideMode === 'clear') changes.overrideValue = null;
    if (overrideMode === 'set') {
      if (!overrideKind) found.overrideValue = { key: 'brand.promotions.members.bulk.mixedKinds' };
      else {
        const problem = fmt.problem(overrideKind, overrideText);
        if (problem) found.overrideValue = { key: valueProblemKey(overrideKind, problem) };
        else changes.overrideValue = fmt.parse(overrideKind, overrideText);
      }
    }
    if (activeMode !== 'keep') changes.active = activeMode === 'active';
    for (const [mode, text, name] of [
      [fromMode, fromText, 'validFrom'],
      [toMode, toText, 'validTo'],
    ] as const) {
      if (mode === 'clear') changes[name] = null;
      if (mode === 'set') {
        const iso = localInputToIso(text);
        if (!iso) found[name] = { key: text ? 'brand.promotions.validation.date' : 'validation.required' };
        else changes[name] = iso;
      }
    }
    if (changes.validFrom && changes.validTo && new Date(changes.validTo) <= new Date(changes.validFrom)) found.validTo = { key: 'brand.promotions.members.bulk.toAfterFrom' };
    if (Object.keys(found).length === 0 && Object.keys(changes).length === 0) found.changes = { key: 'brand.promotions.members.bulk.nothing' };
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      const { data } = await update({ variables: { input: { promotionId: promotion.id, memberIds: members.map((m) => m.id), changes } } });
      if (data) setResults({ rows: data.updatePromotionMembers, names: new Map(members.map((m) => [m.id, m.participant.name])) });
    } catch (error) {
      setSubmitError(error);
      const placed: Record<string, FieldError> = {};
      for (const [path, message] of Object.entries(fieldErrorPaths(error))) placed[path.replace(/^changes\./, '')] = { message };
      setErrors(placed);
    }
  };

  const tri = (value: Tri, onChange: (v: Tri) => void, testId: string, clearLabel: string) => (
    <SegmentedControl
      value={value}
      onChange={(v) => onChange(v as Tri)}
      data-testid={testId}
      data={[
        { value: 'keep', label: t('brand.promotions.members.bulk.keep') },
        { value: 'set', label: t('brand.promotions.members.bulk.set') },
        { value: 'clear', label: clearLabel },
      ]}
    />
  );

  const summary = results
    ? (['UPDATED', 'UNCHANGED', 'FAILED', 'NOT_FOUND'] as MemberUpdateOutcome[])
        .map((outcome) => ({ outcome, count: results.rows.filter((r) => r.outcome === outcome).length }))
        .filter((s) => s.count > 0)
    : [];

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
      {results ? (
        <Stack gap="md" data-testid="bulk-edit-results">
          <Group gap="xs">
            {summary.map((s) => (
              <Badge key={s.outcome} color={OUTCOME_COLOR[s.outcome]} variant="light" radius="sm" size="lg" style={{ minWidth: 'max-content' }}>
                {t(`brand.promotions.members.bulk.summary.${s.outcome}`, { count: s.count })}
              </Badge>
            ))}
          </Group>
          <Table withTableBorder verticalSpacing="sm" horizontalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('brand.promotions.members.participant')}</Table.Th>
                <Table.Th>{t('brand.promotions.members.result')}</Table.Th>
                <Table.Th>{t('brand.promotions.members.message')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {results.rows.map((r) => (
                <Table.Tr key={r.memberId} data-testid="bulk-edit-result" data-outcome={r.outcome}>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{r.member?.participant.name ?? results.names.get(r.memberId) ?? r.memberId}</Table.Td>
                  <Table.Td>
                    <Badge color={OUTCOME_COLOR[r.outcome]} variant="light" radius="sm" style={{ minWidth: 'max-content' }}>
                      {t(`brand.promotions.members.bulk.outcome.${r.outcome}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text fz="sm" c={r.message ? undefined : 'dimmed'}>
                      {r.message ?? t('common.notSet')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group justify="flex-end">
            <Button onClick={close} data-testid="bulk-edit-done">
              {t('brand.promotions.members.done')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="md">
          <Text fz="sm" c="dimmed" data-testid="bulk-edit-who">
            {t('brand.promotions.members.bulk.who', { count: members.length, names: members.slice(0, 6).map((m) => m.participant.name).join(', ') })}
            {members.length > 6 ? ` ${t('brand.promotions.members.bulk.andMore', { count: members.length - 6 })}` : ''}
          </Text>
          <ApiErrorAlert error={submitError} titleKey={errorCode(submitError) === 'BAD_USER_INPUT' ? 'errors.BAD_USER_INPUT' : undefined} testId="bulk-edit-error" />
          {errors.changes && (
            <Text c="red" fz="sm" data-testid="bulk-edit-nothing">
              {errorText('changes')}
            </Text>
          )}

          <Change label={t('brand.promotions.members.payoutOption')} testId="bulk-option">
            <Select
              aria-label={t('brand.promotions.members.payoutOption')}
              data={[
                { value: KEEP, label: t('brand.promotions.members.bulk.keepOption') },
                ...promotion.payoutOptions.map((o) => ({ value: o.id, label: `${o.name} — ${fmt.withUnit(o.kind, o.value)}` })),
              ]}
              value={optionId}
              onChange={(v) => {
                setOptionId(v ?? KEEP);
                clearError('payoutOptionId');
              }}
              allowDeselect={false}
              error={errorText('payoutOptionId')}
              data-testid="bulk-option-select"
            />
          </Change>

          <Change label={t('brand.promotions.members.override')} testId="bulk-override">
            {tri(overrideMode, (v) => { setOverrideMode(v); clearError('overrideValue'); }, 'bulk-override-mode', t('brand.promotions.members.bulk.clearOverride'))}
            {overrideMode === 'set' &&
              (overrideKind ? (
                <AmountInput
                  ariaLabel={t('brand.promotions.members.override')}
                  value={overrideText}
                  onChange={(v) => {
                    setOverrideText(v);
                    clearError('overrideValue');
                  }}
                  unit={isPercent(overrideKind) ? '%' : fmt.sign}
                  description={t(`brand.promotions.payout.hint.${overrideKind}`)}
                  error={errorText('overrideValue')}
                  testId="bulk-override-value"
                  w={240}
                />
              ) : (
                <Text fz="sm" c="orange.8" data-testid="bulk-override-mixed">
                  {t('brand.promotions.members.bulk.mixedKinds')}
                </Text>
              ))}
            <Text fz="xs" c="dimmed">
              {t('brand.promotions.members.bulk.overrideHint')}
            </Text>
          </Change>

          <Change label={t('brand.promotions.members.activeColumn')} testId="bulk-active">
            <SegmentedControl
              value={activeMode}
              onChange={(v) => {
                setActiveMode(v as typeof activeMode);
                clearError('active');
              }}
              data-testid="bulk-active-mode"
              data={[
                { value: 'keep', label: t('brand.promotions.members.bulk.keep') },
                { value: 'active', label: t('brand.promotions.members.bulk.activate') },
                { value: 'inactive', label: t('brand.promotions.members.bulk.deactivate') },
              ]}
            />
          </Change>

          <Change label={t('brand.promotions.members.bulk.validity')} testId="bulk-validity">
            <Text fz="xs" c="dimmed">
              {t('brand.promotions.members.bulk.validityHint', { start: format.dateTime(promotion.startsAt), end: format.dateTime(promotion.endsAt) })}
            </Text>
            <Group align="flex-start" gap="lg" wrap="wrap">
              <Stack gap={6}>
                <Text fz="sm">{t('brand.promotions.members.validFrom')}</Text>
                {tri(fromMode, (v) => { setFromMode(v); clearError('validFrom'); }, 'bulk-valid-from-mode', t('brand.promotions.members.bulk.clearDate'))}
                {fromMode === 'set' && (
                  <TextInput
                    type="datetime-local"
                    aria-label={t('brand.promotions.members.validFrom')}
                    value={fromText}
                    onChange={(e) => {
                      setFromText(e.currentTarget.value);
                      clearError('validFrom');
                    }}
                    error={errorText('validFrom')}
                    data-testid="bulk-valid-from"
                  />
                )}
              </Stack>
              <Stack gap={6}>
                <Text fz="sm">{t('brand.promotions.members.validTo')}</Text>
                {tri(toMode, (v) => { setToMode(v); clearError('validTo'); }, 'bulk-valid-to-mode', t('brand.promotions.members.bulk.clearDate'))}
                {toMode === 'set' && (
                  <TextInput
                    type="datetime-local"
                    aria-label={t('brand.promotions.members.validTo')}
                    value={toText}
                    onChange={(e) => {
                      setToText(e.currentTarget.value);
                      clearError('validTo');
                    }}
                    error={errorText('validTo')}
                    data-testid="bulk-valid-to"
                  />
                )}
              </Stack>
            </Group>
          </Change>

          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button onClick={() => void submit()} loading={updating.loading} data-testid="bulk-edit-submit">
              {t('brand.promotions.members.bulk.submit', { count: members.length })}
            </Button>
          </Group>
        </Stack>
      )}
    </Drawer>
  );
}
