import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { FIELD_LIMITS } from '../../shared/field-limits';
import { JournalKind } from './ledger-accounts';

/**
 * The ORM's read-only view of ledger_journal, for the column lengths the inputs are checked against
 * (graphql/field-limits.test.ts). Journals are written only by postJournal's SQL and never changed:
 * the database refuses UPDATE and DELETE.
 */
@Entity({ tableName: 'ledger_journal', readonly: true })
export class LedgerJournal {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Enum({ items: () => JournalKind, nativeEnumName: 'ledger_journal_kind' })
  kind!: JournalKind;

  @Property({ type: 'string', length: 200 })
  idempotencyKey!: string;

  @Property({ type: 'string', length: FIELD_LIMITS.ledgerMemo, nullable: true })
  memo?: string | null;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
