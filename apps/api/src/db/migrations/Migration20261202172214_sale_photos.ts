import { Migration } from '@mikro-orm/migrations';

/** A photo's sale (modules/photos left the foreign key for when the sale table exists: modules/sales). */
export class Migration20261202172214_sale_photos extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "photo" add constraint "photo_sale_id_foreign" foreign key ("sale_id") references "sale" ("id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "photo" drop constraint if exists "photo_sale_id_foreign";`);
  }
}
