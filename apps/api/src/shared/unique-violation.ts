import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { ConflictError } from './errors';

/**
 * Runs work and turns a unique-constraint violation into the caller's CONFLICT. The service checks
 * first for a friendly message; this catches the race where two requests pass the check together.
 */
export async function conflictOnDuplicate<T>(
  work: () => Promise<T>,
  toConflict: (error: UniqueConstraintViolationException) => ConflictError,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw toConflict(error);
    throw error;
  }
}
