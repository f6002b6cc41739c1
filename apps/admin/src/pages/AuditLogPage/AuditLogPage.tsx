import { useEffect, useState } from 'react';
import { Alert, Anchor, Box, Button, Group, Input, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, AuditEventsDocument, isAuditAction } from '@motiva/schema';
import {
  ALL,
  DataTable,
  PageHeader,
  auditLogSentence,
  ensureHistoryMessages,
  useFormat,
  useListParams,
  type TableColumn,
} from '@motiva/ui';
import { AuditChanges } from '../../components/AuditChanges';
import { fromSm } from '../../components/ModerationQueue';
import { dateRange, isUuid } from './auditFilters';
import { subjectPath, type AuditRow } from './subjectPath';

/** What a row opens: the record's kind, and its name as a link to its drawer. */
function SubjectLink({ row }: { row: AuditRow }) {
  const { t } = useTranslation();
  if (!row.subject) {
    return (
      <Text fz="sm" c="dimmed">
        —
      </Text>
    );
  }
  return (
    <Stack gap={0}>
      <Text fz="xs" c="dimmed">
        {t(`admin.audit.open.${row.subject.kind}`)}
      </Text>
      <Anchor
        component={Link}
        to={subjectPath(row.subject)}
        fz="sm"
        style={{ overflowWrap: 'anywhere' }}
        // The row itself expands to show the changes; the link only navigates.
        onClick={(event) => event.stopPropagation()}
        data-testid="audit-open-subject"
      >
        {row.subject.name ?? t('history.unnamed')}
      </Anchor>
    </Stack>
  );
}

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
  const { t, i18n } = useTranslation();
  // The sentences, action labels and record kinds are the shared history's (packages/ui).
  ensureHistoryMessages(i18n);
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
  const entityType = AUDIT_ENTITY_TYPES.find((type) => type === filters.entityType) ?? null;
  // Only an action of the typed list is asked for; anything else in a hand-edited URL shows everything.
  const action = isAuditAction(filters.action) ? filters.action : null;
  const scopeId = isUuid(filters.scopeId) ? filters.scopeId.toLowerCase() : null;
  const range = dateRange(filters.from, filters.to);
  const filtered = entityType !== null || action !== null || scopeId !== null || range.from !== null || range.to !== null;

  const { data, previousData, loading, error, refetch } = useQuery(AuditEventsDocument, {
    variables: {
      filter: { entityType, action, scopeId, from: range.from, to: range.to },
      page: { offset: list.offset, limit: list.limit },
    },
    notifyOnNetworkStatusChange: true,
  });
  const page = (data ?? previousData)?.auditEvents;

  // A pasted id is only sent once it reads as one; anything else would match nothing anyway.
  const scopeDraft = useDraft(filters.scopeId, (next) => {
    const trimmed = next.trim();
    if (trimmed === '' || isUuid(trimmed)) list.setFilter('scopeId', trimmed.toLowerCase());
  });
  const scopeInvalid = scopeDraft.text.trim() !== '' && !isUuid(scopeDraft.text.trim());
  const rangeInvalid = range.from !== null && range.to !== null && range.from >= range.to;

  const actor = (row: AuditRow) => row.actorName ?? t('history.system');
  const columns: TableColumn<AuditRow>[] = [
    {
      accessor: 'createdAt',
      title: t('admin.audit.time'),
      tabular: true,
      width: 170,
      visibleMediaQuery: fromSm,
      render: (row) => format.dateTime(row.createdAt),
    },
    {
      accessor: 'action',
      title: t('admin.audit.event'),
      render: (row) => (
        <Stack gap={2}>
          <Text fz="sm" title={row.action} style={{ overflowWrap: 'break-word' }} data-testid="audit-sentence">
            {auditLogSentence(row, t, format.number)}
          </Text>
          {/* On phones the time, the actor and the link are folded in here. */}
          <Text fz="xs" c="dimmed" hiddenFrom="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {format.dateTime(row.createdAt)} · {actor(row)}
          </Text>
          <Box hiddenFrom="sm">
            <SubjectLink row={row} />
          </Box>
        </Stack>
      ),
    },
    {
      accessor: 'subject',
      title: t('admin.audit.subject'),
      width: 240,
      visibleMediaQuery: fromSm,
      render: (row) => <SubjectLink row={row} />,
    },
    {
      accessor: 'actorName',
      title: t('admin.audit.actor'),
      width: 200,
      visibleMediaQuery: fromSm,
      render: (row) =>
        row.actorName ? (
          row.actorName
        ) : (
          <Text c="dimmed" fz="sm">
            {t('history.system')}
          </Text>
        ),
    },
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
              <AuditChanges entityType={record.entityType} before={record.before} after={record.after} />
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
                w={{ base: '100%', sm: 200 }}
                data={[
                  { value: ALL, label: t('admin.audit.allEntities') },
                  ...AUDIT_ENTITY_TYPES.map((type) => ({ value: type, label: t(`history.entities.${type}`) })),
                ]}
              />
              <Select
                label={t('admin.audit.filters.action')}
                placeholder={t('admin.audit.allActions')}
                value={filters.action || null}
                onChange={(value) => list.setFilter('action', value ?? '')}
                data={AUDIT_ACTIONS.map((key) => ({ value: key, label: t(`history.actions.${key}`) }))}
                searchable
                clearable
                maxDropdownHeight={300}
                w={{ base: '100%', sm: 260 }}
                data-testid="audit-action-filter"
              />
              <TextInput
                label={t('admin.audit.filters.scope')}
                placeholder={t('admin.audit.filters.scopePlaceholder')}
                value={scopeDraft.text}
                onChange={(event) => scopeDraft.change(event.currentTarget.value)}
                error={scopeInvalid ? t('admin.audit.filters.scopeInvalid') : undefined}
                styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 'var(--mantine-font-size-xs)' } }}
                w={{ base: '100%', sm: 320 }}
                data-testid="audit-scope-filter"
              />
              {/* The period stays on one line, sharing a phone's width; the reset wraps on its own. */}
              <Group gap="sm" align="flex-start" wrap="nowrap" w={{ base: '100%', sm: 'auto' }}>
                <TextInput
                  type="date"
                  label={t('admin.audit.filters.from')}
                  value={filters.from}
                  max={filters.to || undefined}
                  onChange={(event) => list.setFilter('from', event.currentTarget.value)}
                  w={{ sm: 160 }}
                  flex={{ base: 1, sm: 'none' }}
                  miw={0}
                  data-testid="audit-from-filter"
                  error={rangeInvalid || undefined}
                />
                <TextInput
                  type="date"
                  label={t('admin.audit.filters.to')}
                  value={filters.to}
                  min={filters.from || undefined}
                  onChange={(event) => list.setFilter('to', event.currentTarget.value)}
                  w={{ sm: 160 }}
                  flex={{ base: 1, sm: 'none' }}
                  miw={0}
                  data-testid="audit-to-filter"
                  error={rangeInvalid || undefined}
                />
              </Group>
              {filtered && (
                // An empty label keeps the button level with the inputs.
                <Input.Wrapper label={'\u00a0'}>
                  <Button variant="subtle" display="block" onClick={clearFilters} data-testid="audit-clear-filters">
                    {t('admin.audit.filters.clear')}
                  </Button>
                </Input.Wrapper>
              )}
            </Group>
            {scopeId && (
              <Alert color="blue" variant="light" data-testid="audit-scope-active">
                <Group gap="xs" justify="space-between" wrap="wrap">
                  <Text fz="sm">{t('admin.audit.filters.scopeActive')}</Text>
                  <Anchor
                    component={Link}
                    to={`/promotions?status=ALL&id=${encodeURIComponent(scopeId)}`}
                    fz="sm"
                    data-testid="audit-open-promotion"
                  >
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
