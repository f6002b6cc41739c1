import type { TFunction } from 'i18next';
import type { PayoutKind } from '@motiva/schema';
import type { PayoutText } from '../../payout/usePayoutText';

/** One audit event as every history query returns it (the API's AuditEvent). */
export interface HistoryEvent {
  id: string;
  /** One of packages/schema's AUDIT_ACTIONS; old rows may hold others, which still show. */
  action: string;
  entityId?: string | null;
  actorName: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  createdAt: string;
}

/** Who reads the history, which decides the sentences' words (see history.en.ts). */
export type HistoryVoice = 'auditLog' | 'admin' | 'brand' | 'participant';

/** i18next's t, bound to the reader's language (an array of keys tries each in turn). */
export type Translate = TFunction;

/** The names behind the ids a snapshot holds: what the page already knows, or fetched for it. */
export interface HistoryLookup {
  products: ReadonlyMap<string, string>;
  partners: ReadonlyMap<string, string>;
  /** Payout options by id: their name, and the kind that decides how a value reads. */
  options: ReadonlyMap<string, { name: string; kind: PayoutKind }>;
  /** Members by id: the participant's name and the kind of their option. */
  members: ReadonlyMap<string, { name: string; kind: PayoutKind }>;
}

/** The formatters of the reader's language. */
export interface HistoryWords {
  t: Translate;
  dateTime: (iso: string) => string;
  days: (days: number) => string;
  payout: Pick<PayoutText, 'withUnit' | 'kind' | 'money'>;
}

/** One changed field: "End: 30 Nov → 31 Dec". `before` is null for a new (or removed) record's value, shown alone. */
export interface ChangeRow {
  field: string;
  label: string;
  before: string | null;
  after: string;
}

export interface DescribedEvent {
  sentence: string;
  changes: ChangeRow[];
}
