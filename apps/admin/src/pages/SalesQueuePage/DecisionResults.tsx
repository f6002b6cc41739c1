import { Button, Group, Modal, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdminSaleDecisionFragment, SaleDecisionOutcome } from '@motiva/schema';
import { OutcomeResults, statusLabelKey, type OutcomeRow } from '@motiva/ui';

const COLORS: Record<SaleDecisionOutcome, string> = {
  APPROVED: 'green',
  REJECTED: 'red',
  ALREADY_DECIDED: 'gray',
  FAILED: 'orange',
  NOT_FOUND: 'gray',
};

export interface DecisionResultsProps {
  results: AdminSaleDecisionFragment[] | null;
  /** Who a sale is about, by id (participant · promotion), from the rows that were selected. */
  names: Map<string, string>;
  onClose: () => void;
}

/** The per-sale answer of a bulk approval or rejection: what happened to each, and why not when it did not. */
export function DecisionResults({ results, names, onClose }: DecisionResultsProps) {
  const { t } = useTranslation();
  const rows: OutcomeRow<SaleDecisionOutcome>[] = (results ?? []).map((r) => ({
    key: r.saleId,
    name: names.get(r.saleId) ?? r.saleId,
    outcome: r.outcome,
    message:
      r.outcome === 'ALREADY_DECIDED'
        ? t('admin.sales.results.messages.ALREADY_DECIDED', {
            status: r.sale ? t(statusLabelKey('sale', r.sale.status)) : '—',
          })
        : r.outcome === 'FAILED' || r.outcome === 'NOT_FOUND'
          ? t(`admin.sales.results.messages.${r.outcome}`)
          : null,
  }));
  return (
    <Modal
      opened={results !== null}
      onClose={onClose}
      title={t('admin.sales.results.title')}
      size="lg"
      centered
      data-testid="sale-decision-results"
    >
      <Stack gap="md">
        <OutcomeResults<SaleDecisionOutcome>
          rows={rows}
          colors={COLORS}
          summaryLabel={(outcome, count) =>
            t('admin.sales.results.summary', { label: t(`admin.sales.results.outcomes.${outcome}`), count })
          }
          outcomeLabel={(outcome) => t(`admin.sales.results.outcomes.${outcome}`)}
          headers={{
            name: t('admin.sales.results.sale'),
            outcome: t('admin.sales.results.outcome'),
            message: t('admin.sales.results.message'),
          }}
          testId="sale-outcomes"
          rowTestId="sale-outcome"
        />
        <Group justify="flex-end">
          <Button onClick={onClose} data-testid="sale-results-close">
            {t('common.close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
