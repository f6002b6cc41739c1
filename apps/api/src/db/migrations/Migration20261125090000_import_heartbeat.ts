import { Migration } from '@mikro-orm/migrations';

/** Crash recovery of CSV imports: the running job's heartbeat, found by the sweep when it goes stale. */
export class Migration20261125090000_import_heartbeat extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "product_import" add column "heartbeat_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "product_import" drop column "heartbeat_at";`);
  }
}
