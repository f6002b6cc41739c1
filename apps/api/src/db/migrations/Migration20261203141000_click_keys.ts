import { Migration } from '@mikro-orm/migrations';

/**
 * A click's member, promotion and participant are copies of its link's (the batch writer reads them from
 * tracking_link), kept for the reports' indexes. Their foreign keys checked, per inserted click, what the
 * link's own keys already guarantee, and deleting a member or a promotion reaches the clicks through the
 * link's `on delete cascade`. Without them PostgreSQL's work per stored click fell from about 60 to 34 µs
 * (bench:redirect, bench/README.md).
 */
export class Migration20261203141000_click_keys extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "tracking_click" drop constraint if exists "tracking_click_member_id_fkey",
      drop constraint if exists "tracking_click_promotion_id_fkey", drop constraint if exists "tracking_click_participant_id_fkey";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "tracking_click"
      add constraint "tracking_click_member_id_fkey" foreign key ("member_id") references "promotion_member" ("id") on delete cascade,
      add constraint "tracking_click_promotion_id_fkey" foreign key ("promotion_id") references "promotion" ("id") on delete cascade,
      add constraint "tracking_click_participant_id_fkey" foreign key ("participant_id") references "participant" ("id");`);
  }
}
