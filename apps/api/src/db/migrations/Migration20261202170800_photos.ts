import { Migration } from '@mikro-orm/migrations';

/** Uploaded sale photos (modules/photos): owner, the sale once submitted, sniffed type, size, hashes, storage keys. */
export class Migration20261202170800_photos extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "photo" (
      "id" uuid not null,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      "owner_participant_id" uuid not null,
      "sale_id" uuid null,
      "content_type" varchar(32) not null,
      "byte_size" int not null,
      "width" int not null,
      "height" int not null,
      "sha256" varchar(64) not null,
      "phash" bit(64) not null,
      "storage_key" varchar(64) not null,
      "thumbnail_key" varchar(64) not null,
      constraint "photo_pkey" primary key ("id"),
      constraint "photo_content_type_known" check ("content_type" ~ '^image/(jpeg|png|webp)$'),
      constraint "photo_size_check" check ("byte_size" > 0 and "width" > 0 and "height" > 0),
      constraint "photo_sha256_check" check ("sha256" ~ '^[0-9a-f]{64}$')
    );`);
    this.addSql(
      `alter table "photo" add constraint "photo_owner_participant_id_foreign" foreign key ("owner_participant_id") references "participant" ("id") on update cascade;`,
    );
    this.addSql(`create index "photo_owner_participant_id_created_at_index" on "photo" ("owner_participant_id", "created_at");`);
    this.addSql(`create index "photo_sale_id_index" on "photo" ("sale_id");`);
    this.addSql(`create index "photo_sha256_index" on "photo" ("sha256");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "photo" cascade;`);
  }
}
