import { useState } from 'react';
import { Alert, Button, Drawer, Group, Select, Stack, Text } from '@mantine/core';
import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  AddPromotionMembersDocument,
  PromotionCandidatesDocument,
  type AddMemberOutcome,
  type AddPromotionMembersMutation,
  type BrandPromotionFieldsFragment,
  type PromotionCandidatesQuery,
} from '@motiva/schema';
import { DataTable, ErrorAlert, IconAlert, OutcomeResults, SearchFilter, type TableColumn } from '@motiva/ui';
import type { PayoutFormat } from '../shared/payout';

type Candidate = PromotionCandidatesQuery['promotionCandidates']['items'][number];
type Results = AddPromotionMembersMutation['addPromotionMembers'];

const OUTCOME_COLOR: Record<AddMemberOutcome, string> = { ADDED: 'green', ALREADY_MEMBER: 'gray', NOT_FOUND: 'red' };
const LIMIT = 10;

export interface AddMembersDrawerProps {
  opened: boolean;
  onClose: () => void;
  promotion: BrandPromotionFieldsFragment;
  fmt: PayoutFormat;
}

/**
 * Invite participants: search the approved people in the audience who are not members yet, pick
 * several (the pick survives paging and searching), choose their payout option, and read one
 * outcome per person.
 */
export function AddMembersDrawer({ opened, onClose, promotion, fmt }: AddMembersDrawerProps) {
  const { t } = useTranslation();
  const defaultOption = promotion.payoutOptions.find((o) => o.isDefault);
  const [search, setSearch] = useState('');
  const [offset, setOffset] = useState(0);
  const [picked, setPicked] = useState<Map<string, Candidate>>(new Map());
  const [optionId, setOptionId] = useState<string | null>(defaultOption?.id ?? null);
  const [results, setResults] = useState<{ rows: Results; names: Map<string, string> } | null>(null);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const { data, previousData, loading, error, refetch } = useQuery(
    PromotionCandidatesDocument,
    opened && !results
      ? {
          variables: { promotionId: promotion.id, search: search || null, page: { offset, limit: LIMIT } },
          notifyOnNetworkStatusChange: true,
          fetchPolicy: 'cache-and-network',
        }
      : skipToken,
  );
  const [add, adding] = useMutation(AddPromotionMembersDocument, {
    refetchQueries: ['BrandPromotionMembers', 'BrandPromotion', 'PromotionHistory', 'PromotionCandidates'],
  });
  const page = (data ?? previousData)?.promotionCandidates;

  const reset = () => {
    setPicked(new Map());
    setResults(null);
    setSubmitError(null);
    setSearch('');
    setOffset(0);
  };
  const close = () => {
    onClose();
    reset();
  };

  const submit = async () => {
    setSubmitError(null);
    try {
      const { data: result } = await add({
        variables: { input: { promotionId: promotion.id, participantIds: [...picked.keys()], payoutOptionId: optionId } },
      });
      if (result) setResults({ rows: result.addPromotionMembers, names: new Map([...picked.values()].map((c) => [c.id, c.name])) });
    } catch (err) {
      setSubmitError(err);
    }
  };

  const columns: TableColumn<Candidate>[] = [
    {
      accessor: 'name',
      title: t('brand.promotions.members.participant'),
      render: (c) => (
        <Text fz="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
          {c.name}
        </Text>
      ),
    },
    {
      accessor: 'partnerName',
      title: t('brand.promotions.members.partner'),
      render: (c) =>
        c.partnerName ?? (
          <Text span fz="sm" c="dimmed">
            {t('common.platformStaff')}
          </Text>
        ),
    },
    { accessor: 'city', title: t('brand.promotions.members.city') },
  ];

  return (
    <Drawer
      opened={opened}
      onClose={close}
      position="right"
      size="xl"
      padding="lg"
      title={t('brand.promotions.members.add.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      // On the visible panel, not the zero-size root, so tests can wait for it to show.
      attributes={{ content: { 'data-testid': 'add-members-drawer' } as Record<string, string> }}
    >
      {results ? (
        <Stack gap="md" data-testid="add-members-results">
          <OutcomeResults
            testId="add-members-outcomes"
            rowTestId="add-members-result"
            colors={OUTCOME_COLOR}
            summaryLabel={(outcome, count) => t(`brand.promotions.members.add.summary.${outcome}`, { count })}
            outcomeLabel={(outcome) => t(`brand.promotions.members.add.outcome.${outcome}`)}
            headers={{
              name: t('brand.promotions.members.participant'),
              outcome: t('brand.promotions.members.result'),
              message: t('brand.promotions.members.message'),
            }}
            rows={results.rows.map((r) => ({
              key: r.participantId,
              name: r.member?.participant.name ?? results.names.get(r.participantId) ?? r.participantId,
              outcome: r.outcome,
              message:
                r.outcome === 'ADDED'
                  ? t('brand.promotions.members.add.invitedNote', { option: r.member?.payoutOption.name ?? '' })
                  : (r.message ?? null),
            }))}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={reset} data-testid="add-members-more">
              {t('brand.promotions.members.add.more')}
            </Button>
            <Button onClick={close} data-testid="add-members-done">
              {t('brand.promotions.members.done')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="md">
          <Text fz="sm" c="dimmed">
            {t(
              promotion.audience === 'CHOSEN_PARTNERS' ? 'brand.promotions.members.add.introChosen' : 'brand.promotions.members.add.intro',
            )}
          </Text>
          <ErrorAlert error={submitError} withServerMessage testId="add-members-error" />
          <SearchFilter
            value={search}
            onChange={(value) => {
              setSearch(value);
              setOffset(0);
            }}
            placeholder={t('brand.promotions.members.add.searchPlaceholder')}
            testId="candidates-search"
          />
          <DataTable<Candidate>
            testId="candidates-table"
            rowTestId={(c) => `candidate-row-${c.name}`}
            records={page?.items}
            total={page?.total}
            columns={columns}
            loading={loading}
            error={error}
            onRetry={() => void refetch()}
            offset={offset}
            limit={LIMIT}
            onOffsetChange={setOffset}
            filtered={!!search}
            emptyTitle={search ? undefined : t('brand.promotions.members.add.noCandidates')}
            emptyDescription={search ? undefined : t('brand.promotions.members.add.noCandidatesText')}
            selectedRecords={[...picked.values()]}
            onSelectedRecordsChange={(records) => setPicked(new Map(records.map((c) => [c.id, c])))}
            selectionLabel={(c) => t('brand.promotions.members.select', { name: c.name })}
            onRowClick={(c) =>
              setPicked((prev) => {
                const next = new Map(prev);
                if (next.has(c.id)) next.delete(c.id);
                else next.set(c.id, c);
                return next;
              })
            }
          />
          <Select
            label={t('brand.promotions.members.payoutOption')}
            description={t('brand.promotions.members.add.optionHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            data={promotion.payoutOptions.map((o) => ({ value: o.id, label: `${o.name} — ${fmt.withUnit(o.kind, o.value)}` }))}
            value={optionId}
            onChange={setOptionId}
            allowDeselect={false}
            data-testid="add-members-option"
          />
          {picked.size > 0 && (
            <Alert color="blue" variant="light" icon={<IconAlert />} p="sm" data-testid="add-members-picked">
              <Text fz="sm">
                {t('brand.promotions.members.add.picked', {
                  count: picked.size,
                  names: [...picked.values()].map((c) => c.name).join(', '),
                })}
              </Text>
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button onClick={() => void submit()} disabled={picked.size === 0} loading={adding.loading} data-testid="add-members-submit">
              {picked.size > 0
                ? t('brand.promotions.members.add.submit', { count: picked.size })
                : t('brand.promotions.members.add.submitNone')}
            </Button>
          </Group>
        </Stack>
      )}
    </Drawer>
  );
}
