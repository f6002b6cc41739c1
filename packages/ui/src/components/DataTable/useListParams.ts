import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

export interface ListSort {
  column: string;
  direction: 'asc' | 'desc';
}

export interface ListDefaults<F extends string> {
  filters: Record<F, string>;
  sort: ListSort;
  limit?: number;
}

const MAX_LIMIT = 100; // the API's PageInput cap

function toInt(value: string | null, fallback: number): number {
  const parsed = value === null ? NaN : Number.parseInt(value, 10);
  return Number.isFinite(parsed) ? parsed : fallback;
}

/**
 * A list's filters, sort and page live in the URL, so a reload, the back button or a shared link
 * shows the same rows. Changing a filter or the sort goes back to the first page.
 */
export function useListParams<F extends string>(defaults: ListDefaults<F>) {
  const [params, setParams] = useSearchParams();

  const filterKeys = Object.keys(defaults.filters) as F[];
  const filters = Object.fromEntries(filterKeys.map((key) => [key, params.get(key) ?? defaults.filters[key]])) as Record<F, string>;
  const direction = params.get('dir');
  const sort: ListSort = {
    column: params.get('sort') ?? defaults.sort.column,
    direction: direction === 'asc' || direction === 'desc' ? direction : defaults.sort.direction,
  };
  const limit = Math.min(Math.max(toInt(params.get('limit'), defaults.limit ?? 20), 1), MAX_LIMIT);
  const offset = Math.max(toInt(params.get('offset'), 0), 0);

  // Built on the address bar as it is now, not on the params of the last render: a row click
  // (id=...) and a debounced search landing 350 ms later must both stick, even when React has not
  // re-rendered in between (router updates run as transitions, and a busy page delays them). With
  // the render's params the later update silently dropped the earlier one and closed the drawer.
  const update = useCallback(
    (patch: Record<string, string | null>, resetOffset: boolean) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(typeof window === 'undefined' ? previous : window.location.search);
          for (const [key, value] of Object.entries(patch)) {
            if (value === null) next.delete(key);
            else next.set(key, value);
          }
          if (resetOffset) next.delete('offset');
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  const setSort = (next: ListSort) => update({ sort: next.column, dir: next.direction }, true);
  const setOffset = (next: number) => update({ offset: next > 0 ? String(next) : null }, false);
  const setLimit = (next: number) => update({ limit: String(next) }, true);
  return {
    filters,
    sort,
    offset,
    limit,
    setSort,
    setOffset,
    setLimit,
    /** Paging and sorting wired for <DataTable {...list.tableProps} />. */
    tableProps: { offset, limit, sort, onOffsetChange: setOffset, onLimitChange: setLimit, onSortChange: setSort },
    setFilter: (key: F, value: string) => update({ [key]: value === defaults.filters[key] ? null : value }, true),
    /** Extra URL state that is not a filter, e.g. the id of the row open in a drawer. */
    param: (key: string) => params.get(key),
    setParam: (key: string, value: string | null) => update({ [key]: value }, false),
  };
}

/** ListSort -> the API's { field, direction } using a column -> enum map. */
export function toApiSort<Field extends string>(sort: ListSort, fields: Record<string, Field>, fallback: Field) {
  return {
    field: fields[sort.column] ?? fallback,
    direction: sort.direction === 'asc' ? ('ASC' as const) : ('DESC' as const),
  };
}
