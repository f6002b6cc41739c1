import { useEffect, useState } from 'react';
import { Alert, Anchor, Autocomplete, Badge, Box, Button, Group, Input, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { AuditEventsDocument, type AuditEventsQuery } from '@motiva/schema';
import { ALL, DataTable, PageHeader, useFormat, useListParams, type TableColumn } from '@motiva/ui';
import { AuditChanges } from '../../components/AuditChanges';
import { dateRange, isUuid } from './auditFilters';

type AuditRow = AuditEventsQuery['auditEvents']['items'][number];

/** The entity types the API records today (AuditEvent.entityType). */
const ENTITY_TYPES = ['Participant', 'Partner', 'Product', 'Brand', 'User', 'Promotion', 'PayoutOption', 'PromotionMember'];

/** The actions the API records today, offered while typing (any other text still filters). */
const ACTIONS = [
  'participant.registered', 'participant.approved', 'participant.rejected',
  'partner.registered', 'partner.approved', 'partner.rejected',
  'product.created', 'product.updated', 'product.approved', 'product.rejected',
  'brand.created', 'brand.user_invited', 'user.password_set',
  'promotion.created', 'promotion.updated', 'promotion.submitted', 'promotion.approved', 'promotion.rejected',
  'promotion.paused', 'promotion.resumed', 'promotion.ended', 'promotion.started',
  'payout_option.created', 'payout_option.updated', 'payout_option.removed',
  'member.joined', 'member.added', 'member.accepted', 'member.updated', 'member.stage_changed',
];

const FILTERS = { entityType: ALL, action: '', scopeId: '', from: '', to: '' };

/** Text typed freely and sent after a pause; the URL wins when it changes under us (back, links). */
function useDraft(value: string, commit: (next: string) => void) {
  const [text, setText] = useState(value);
  const debounced = useDebouncedCallback((next: string) => commit(next), 350);
  useEffect(() => setText(value), [value]);
  return {
    text,
    change: (next: string) => {
      setText(next);
      debounced(next);
    },
  };
}

export function AuditLogPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useListParams({ filters: FILTERS, sort: { column: 'createdAt', direction: 'desc' }, limit: 50 });
  const [, setSearchParams] = useSearchParams();
  const clearFilters = () =>
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const key of [...Object.keys(FILTERS), 'offset']) next.delete(key);
        return next;
      },
      { replace: true },
    );
  const { filters } = list;
  const entityType = filters.entityType === ALL ? null : filters.entityType;
  const action = filters.action.trim() || null;
  const scopeId = isUuid(filters.scopeId) ? filters.scopeId.toLowerCase() : null;
  const range = dateRange(filters.from, filters.to);
  const filtered = entityType !== null || action !== null || scopeId !== null || range.from !== null || range.to !== null;

  const { data, previousData, loading, error, refetch } = useQuery(AuditEventsDocument, {
    variables: { filter: { entityType, action, scopeId, from: range.from, to: range.to }, page: { offset: list.offset, limit: list.limit } },
    notifyOnNetworkStatusChange: true,
  });
  const page = (data ?? previousData)?.auditEvents;

  const actionDraft = useDraft(filters.action, (next) => list.setFilter('action', next.trim()));
  // A pasted id is only sent once it reads as one; anything else would match nothing anyway.
  const scopeDraft = useDraft(filters.scopeId, (next) => {
    const trimmed = next.trim();
    if (trimmed === '' || isUuid(trimmed)) list.setFilter('scopeId', trimmed.toLowerCase());
  });
  const scopeInvalid = scopeDraft.text.trim() !== '' && !isUuid(scopeDraft.text.trim());
  const rangeInvalid = range.from !== null && range.to !== null && range.from >= range.to;

  const columns: TableColumn<AuditRow>[] = [
    { accessor: 'createdAt', title: t('admin.audit.time'), tabular: true, width: 190, render: (row) => format.dateTime(row.createdAt) },
    {
      accessor: 'action',
      title: t('admin.audit.action'),
      render: (row) => (
        <Stack gap={0}>
          <Text fz="sm">{t(`admin.audit.actions.${row.action}`, { defaultValue: row.action })}</Text>
          <Text fz="xs" c="dimmed" ff="monospace">
            {row.action}
          </Text>
        </Stack>
      ),
    },
    {
      accessor: 'entityType',
      title: t('admin.audit.entityType'),
      render: (row) => (
        <Group gap="xs" wrap="nowrap">
          <Badge variant="light" color="gray" radius="sm" tt="none" style={{ flexShrink: 0 }}>
            {t(`admin.audit.entities.${row.entityType}`, { defaultValue: row.entityType })}
          </Badge>
          <Text fz="xs" c="dimmed" ff="monospace" truncate maw={120} title={row.entityId}>
            {row.entityId}
          </Text>
        </Group>
      ),
    },
    { accessor: 'actorName', title: t('admin.audit.actor'), render: (row) => row.actorName ?? <Text c="dimmed" fz="sm">{t('admin.audit.system')}</Text> },
  ];

  return (
    <Stack gap={0}>
      <PageHeader title={t('admin.audit.title')} description={t('admin.audit.subtitle')} />
      <DataTable<AuditRow>
        testId="audit-log"
        rowTestId="audit-row"
        records={page?.items}
        total={page?.total}
        columns={columns}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        offset={list.offset}
        limit={list.limit}
        onOffsetChange={list.setOffset}
        onLimitChange={list.setLimit}
        filtered={filtered}
        emptyTitle={filtered ? undefined : t('admin.audit.emptyTitle')}
        rowExpansion={{
          allowMultiple: true,
          content: ({ record }) => (
            <Box px="md" py="sm" bg="gray.0">
              <AuditChanges before={record.before} after={record.after} />
            </Box>
          ),
        }}
        filters={
          <Stack gap="sm">
            <Group gap="sm" align="flex-start" wrap="wrap" data-testid="audit-filters">
              <Select
                label={t('admin.audit.entityFilter')}
                value={filters.entityType}
                onChange={(value) => list.setFilter('entityType', value ?? ALL)}
                allowDeselect={false}
                data-testid="audit-entity-filter"
                w={200}
                data={[
                  { value: ALL, label: t('admin.audit.allEntities') },
                  ...ENTITY_TYPES.map((type) => ({ value: type, label: t(`admin.audit.entities.${type}`) })),
                ]}
              />
              <Autocomplete
                label={t('admin.audit.filters.action')}
                placeholder={t('admin.audit.filters.actionPlaceholder')}
                value={actionDraft.text}
                onChange={actionDraft.change}
                onOptionSubmit={(value) => list.setFilter('action', value)}
                data={ACTIONS}
                limit={12}
                maxDropdownHeight={300}
                w={220}
                data-testid="audit-action-filter"
              />
              <TextInput
                label={t('admin.audit.filters.scope')}
                placeholder={t('admin.audit.filters.scopePlaceholder')}
                value={scopeDraft.text}
                onChange={(event) => scopeDraft.change(event.currentTarget.value)}
                error={scopeInvalid ? t('admin.audit.filters.scopeInvalid') : undefined}
                styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 'var(--mantine-font-size-xs)' } }}
                w={320}
                data-testid="audit-scope-filter"
              />
              {/* The period and the reset wrap together as one block. */}
              <Group gap="sm" align="flex-start" wrap="nowrap">
                <TextInput
                  type="date"
                  label={t('admin.audit.filters.from')}
                  value={filters.from}
                  max={filters.to || undefined}
                  onChange={(event) => list.setFilter('from', event.currentTarget.value)}
                  w={160}
                  data-testid="audit-from-filter"
                  error={rangeInvalid || undefined}
                />
                <TextInput
                  type="date"
                  label={t('admin.audit.filters.to')}
                  value={filters.to}
                  min={filters.from || undefined}
                  onChange={(event) => list.setFilter('to', event.currentTarget.value)}
                  w={160}
                  data-testid="audit-to-filter"
                  error={rangeInvalid || undefined}
                />
                {filtered && (
                  // An empty label keeps the button level with the inputs.
                  <Input.Wrapper label={'\u00a0'}>
                    <Button
                      variant="subtle"
                      display="block"
                      onClick={clearFilters}
                      data-testid="audit-clear-filters"
                    >
                      {t('admin.audit.filters.clear')}
                    </Button>
                  </Input.Wrapper>
                )}
              </Group>
            </Group>
            {scopeId && (
              <Alert color="blue" variant="light" data-testid="audit-scope-active">
                <Group gap="xs" justify="space-between" wrap="wrap">
                  <Text fz="sm">{t('admin.audit.filters.scopeActive')}</Text>
                  <Anchor component={Link} to={`/promotions?status=ALL&id=${encodeURIComponent(scopeId)}`} fz="sm" data-testid="audit-open-promotion">
                    {t('admin.audit.filters.openPromotion')}
                  </Anchor>
                </Group>
              </Alert>
            )}
          </Stack>
        }
      />
    </Stack>
  );
}
