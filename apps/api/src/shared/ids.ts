import { NotFoundError } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id can name no record: answer NOT_FOUND, exactly as for a missing or foreign one. */
export function assertId(id: string, entity: string): string {
  if (!UUID.test(id)) throw new NotFoundError(entity);
  return id.toLowerCase();
}

/** Whether a string can be an id at all; lists of ids filter the rest out before querying. */
export function isId(id: string): boolean {
  return UUID.test(id);
}
