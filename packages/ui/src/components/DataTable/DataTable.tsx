// The table's styles travel with it: only the list pages (lazy chunks) load them.
import 'mantine-datatable/styles.layer.css';
import type { ReactNode } from 'react';
import { Paper, Stack } from '@mantine/core';
import {
  DataTable as MantineDataTable,
  type DataTableColumn,
  type DataTableProps as MantineDataTableProps,
  type DataTableRowExpansionProps,
  type DataTableSortStatus,
} from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../EmptyState';
import { ErrorState } from '../ErrorState';
import type { ListSort } from './useListParams';

export type TableColumn<T> = DataTableColumn<T> & {
  /** Right-aligned with tabular figures, so digits line up down the column. */
  numeric?: boolean;
  /** Tabular figures but left-aligned, e.g. a leading date column. */
  tabular?: boolean;
};

export interface DataTableProps<T> {
  records: T[] | undefined;
  columns: TableColumn<T>[];
  /** Rows on the server matching the filters (for pagination). */
  total: number | undefined;
  offset: number;
  limit: number;
  onOffsetChange: (offset: number) => void;
  onLimitChange?: (limit: number) => void;
  sort?: ListSort;
  onSortChange?: (sort: ListSort) => void;
  loading: boolean;
  error?: unknown;
  onRetry?: () => void;
  /** Filter inputs shown above the table. */
  filters?: ReactNode;
  /** Whether filters narrow the list: changes the empty text from "nothing yet" to "nothing matches". */
  filtered?: boolean;
  emptyTitle?: ReactNode;
  emptyDescription?: ReactNode;
  /** A button under the empty text, e.g. "Add your first product". */
  emptyAction?: ReactNode;
  onRowClick?: (record: T) => void;
  /** data-testid of every body row (rows also get data-id); a function names each row, e.g. by its record. */
  rowTestId?: string | ((record: T) => string);
  idAccessor?: keyof T & string;
  rowExpansion?: DataTableRowExpansionProps<T>;
  /** Checkbox selection; the caller keeps the selected rows, so a selection survives paging. */
  selectedRecords?: T[];
  onSelectedRecordsChange?: (records: T[]) => void;
  isRecordSelectable?: (record: T) => boolean;
  /** Accessible name of a row's checkbox, e.g. "Select Anna Smirnova". */
  selectionLabel?: (record: T) => string;
  testId?: string;
}

const PAGE_SIZES = [10, 20, 50, 100];
const numericCell = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** mantine-datatable with the server doing the work: sorting, paging and filtering are all remote. */
export function DataTable<T>(props: DataTableProps<T>) {
  const { t } = useTranslation();
  const { records, columns, total, offset, limit, loading, error, sort } = props;

  const mapped = columns.map(({ numeric, tabular, ...column }): DataTableColumn<T> =>
    numeric
      ? { textAlign: 'right', cellsStyle: () => numericCell, ...column }
      : tabular
        ? { cellsStyle: () => numericCell, ...column }
        : column,
  );
  const rows = records ?? [];
  const idAccessor = props.idAccessor ?? ('id' as keyof T & string);
  const paginated = total !== undefined && total > 0;

  // mantine-datatable types its sorting and pagination props as all-or-nothing unions; they are
  // assembled here and cast once instead of satisfying each branch inline.
  const tableProps = {
    records: rows,
    columns: mapped,
    idAccessor,
    // Room for the empty state (and its button) laid over the table body.
    minHeight: rows.length === 0 ? (props.emptyAction ? 360 : 260) : undefined,
    fetching: loading,
    highlightOnHover: !!props.onRowClick,
    verticalSpacing: 'sm',
    horizontalSpacing: 'md',
    onRowClick: props.onRowClick ? ({ record }: { record: T }) => props.onRowClick?.(record) : undefined,
    customRowAttributes: (record: T) => ({
      'data-testid': typeof props.rowTestId === 'function' ? props.rowTestId(record) : props.rowTestId,
      'data-id': String(record[idAccessor]),
    }),
    rowExpansion: props.rowExpansion,
    ...(props.onSelectedRecordsChange
      ? {
          selectedRecords: props.selectedRecords ?? [],
          onSelectedRecordsChange: props.onSelectedRecordsChange,
          isRecordSelectable: props.isRecordSelectable ? (record: T) => props.isRecordSelectable!(record) : undefined,
          // A click on the checkbox selects; a click elsewhere on the row still opens it.
          selectionTrigger: 'checkbox',
          allRecordsSelectionCheckboxProps: { 'aria-label': t('table.selectAll'), 'data-testid': 'select-all-rows' },
          getRecordSelectionCheckboxProps: (record: T) => ({
            'aria-label': props.selectionLabel ? props.selectionLabel(record) : t('table.selectRow'),
            'data-testid': 'select-row',
          }),
        }
      : {}),
    emptyState: (
      <EmptyState
        title={props.emptyTitle ?? t(props.filtered ? 'table.emptyFiltered' : 'table.empty')}
        description={props.emptyDescription}
        // mantine-datatable lays the empty state over the table with pointer-events: none; the action
        // must take clicks again.
        action={props.emptyAction ? <div style={{ pointerEvents: 'auto', marginTop: 8 }}>{props.emptyAction}</div> : undefined}
      />
    ),
    ...(sort && props.onSortChange
      ? {
          sortStatus: { columnAccessor: sort.column, direction: sort.direction },
          onSortStatusChange: (status: DataTableSortStatus<T>) =>
            props.onSortChange?.({ column: String(status.columnAccessor), direction: status.direction }),
        }
      : {}),
    ...(paginated
      ? {
          page: Math.floor(offset / limit) + 1,
          onPageChange: (page: number) => props.onOffsetChange((page - 1) * limit),
          totalRecords: total,
          recordsPerPage: limit,
          paginationText: ({ from, to, totalRecords }: { from: number; to: number; totalRecords: number }) =>
            t('table.range', { from, to, total: totalRecords }),
          ...(props.onLimitChange
            ? { recordsPerPageOptions: PAGE_SIZES, onRecordsPerPageChange: props.onLimitChange, recordsPerPageLabel: t('table.perPage') }
            : {}),
        }
      : {}),
  } as MantineDataTableProps<T>;

  return (
    <Stack gap="sm" data-testid={props.testId}>
      {props.filters}
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        {error && !loading ? <ErrorState error={error} onRetry={props.onRetry} /> : <MantineDataTable<T> {...tableProps} />}
      </Paper>
    </Stack>
  );
}
