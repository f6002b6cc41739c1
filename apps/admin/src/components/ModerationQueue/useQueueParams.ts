import type { ModerationStatus } from '@motiva/schema';
import { statusOrNull, toApiSort, useListParams } from '@motiva/ui';

/**
 * URL state of a moderation queue (PENDING first, longest-waiting on top) and the GraphQL variables
 * every queue query takes: { filter: { status, search }, sort, page }.
 */
export function useQueueParams<Field extends string>(sortFields: Record<string, Field>, fallback: Field) {
  const list = useListParams({ filters: { status: 'PENDING', search: '' }, sort: { column: 'createdAt', direction: 'asc' } });
  const variables = {
    filter: { status: statusOrNull<ModerationStatus>(list.filters.status), search: list.filters.search || null },
    sort: toApiSort(list.sort, sortFields, fallback),
    page: { offset: list.offset, limit: list.limit },
  };
  return { list, variables };
}

export type QueueList = ReturnType<typeof useQueueParams>['list'];
