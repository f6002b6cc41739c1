import type { ModerationStatus } from '@motiva/schema';
import { statusOrNull, toApiSort, useListParams, type ListSort } from '@motiva/ui';

export interface QueueOptions {
  /** The status a queue opens on: PENDING for accounts and products, IN_REVIEW for promotions. */
  pendingStatus?: string;
  /** Defaults to the longest-waiting on top (createdAt ascending). */
  sort?: ListSort;
}

/**
 * URL state of a moderation queue (the waiting ones first) and the GraphQL variables every account
 * and product queue takes: { filter: { status, search }, sort, page }.
 */
export function useQueueParams<Field extends string>(sortFields: Record<string, Field>, fallback: Field, options: QueueOptions = {}) {
  const pendingStatus = options.pendingStatus ?? 'PENDING';
  const list = useListParams({
    filters: { status: pendingStatus, search: '' },
    sort: options.sort ?? { column: 'createdAt', direction: 'asc' },
  });
  const variables = {
    filter: { status: statusOrNull<ModerationStatus>(list.filters.status), search: list.filters.search || null },
    sort: toApiSort(list.sort, sortFields, fallback),
    page: { offset: list.offset, limit: list.limit },
  };
  return { list, variables, pendingStatus };
}

export type QueueList = ReturnType<typeof useQueueParams>['list'];
