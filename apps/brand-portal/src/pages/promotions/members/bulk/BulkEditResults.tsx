import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MemberUpdateOutcome } from '@motiva/schema';
import { OutcomeResults } from '@motiva/ui';
import type { BulkResults } from './useBulkEdit';

const OUTCOME_COLOR: Record<MemberUpdateOutcome, string> = { UPDATED: 'green', UNCHANGED: 'gray', FAILED: 'red', NOT_FOUND: 'red' };

/** The API's answer per member: a count per outcome, then each member's outcome and message. */
export function BulkEditResults({ results, onDone }: { results: BulkResults; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <OutcomeResults
        testId="bulk-edit-results"
        rowTestId="bulk-edit-result"
        colors={OUTCOME_COLOR}
        summaryLabel={(outcome, count) => t(`brand.promotions.members.bulk.summary.${outcome}`, { count })}
        outcomeLabel={(outcome) => t(`brand.promotions.members.bulk.outcome.${outcome}`)}
        headers={{
          name: t('brand.promotions.members.participant'),
          outcome: t('brand.promotions.members.result'),
          message: t('brand.promotions.members.message'),
        }}
        rows={results.rows.map((r) => ({
          key: r.memberId,
          name: r.member?.participant.name ?? results.names.get(r.memberId) ?? r.memberId,
          outcome: r.outcome,
          message: r.message ?? null,
        }))}
      />
      <Group justify="flex-end">
        <Button onClick={onDone} data-testid="bulk-edit-done">
          {t('brand.promotions.members.done')}
        </Button>
      </Group>
    </Stack>
  );
}
