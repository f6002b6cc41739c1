import { ChangeSetType, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import { invalidateCachedViewers } from './session-cache';

/**
 * The rows a viewer is read from (session.service.ts findSession): a session, its user, the user's
 * partner company and participant profile. Named, not imported, so identity does not depend on
 * the organisations and participants features.
 */
const VIEWER_SOURCES = new Set(['Session', 'User', 'Partner', 'Participant']);

/**
 * Clears the session cache (session-cache.ts) after any flush that changes what a cached viewer
 * says: an updated or deleted session, user, partner or participant (moderation, deactivation,
 * a role or company change), or a participant profile created for an existing user. New users and
 * new sessions cannot be cached yet, so creating them keeps the cache. Writes that bypass the unit
 * of work (nativeUpdate of sessions on sign-out) invalidate where they are made.
 */
export class SessionCacheInvalidation implements EventSubscriber {
  afterFlush({ em, uow }: FlushEventArgs): void {
    const touched = uow
      .getChangeSets()
      .some((cs) => VIEWER_SOURCES.has(cs.name) && (cs.type !== ChangeSetType.CREATE || cs.name === 'Participant'));
    if (touched) invalidateCachedViewers(em);
  }
}
