import type { FilterQuery } from '@mikro-orm/core';
import type { Viewer } from '../auth/viewer';

/** An ILIKE pattern that matches `text` anywhere, with the user's % and _ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * One column a search term may match, and who may search it. A caller may search only by what the
 * answer shows them: matching on a column they never see turns the search into a yes/no oracle for
 * it (a brand typing a participant's email into the members search learns whether that person is a
 * member, although brands are never shown emails).
 */
export interface SearchColumn<T> {
  match(like: string): FilterQuery<T>;
  /** Omitted: anyone allowed to run the search may match this column. */
  searchableBy?(viewer: Viewer | null): boolean;
}

/** The condition for a search term over the columns this caller may search; null for an empty term. */
export function searchCondition<T extends object>(
  viewer: Viewer | null,
  term: string | null | undefined,
  columns: SearchColumn<T>[],
): FilterQuery<T> | null {
  const text = term?.trim();
  if (!text) return null;
  const like = containsPattern(text);
  const allowed = columns.filter((c) => !c.searchableBy || c.searchableBy(viewer));
  return { $or: allowed.map((c) => c.match(like)) } as FilterQuery<T>;
}
