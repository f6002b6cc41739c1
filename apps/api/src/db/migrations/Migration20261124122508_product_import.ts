import { Migration } from '@mikro-orm/migrations';

export class Migration20261124122508_product_import extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "product_import_status" as enum ('QUEUED', 'RUNNING', 'DONE', 'FAILED');`);
    this.addSql(`create type "product_import_outcome" as enum ('CREATED', 'UPDATED', 'UNCHANGED', 'REJECTED');`);
    this.addSql(
      `create table "product_import" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "brand_id" uuid not null, "uploaded_by_id" uuid not null, "file_name" varchar(255) not null, "file_size" int not null, "content" text null, "delimiter" varchar(1) not null, "status" "product_import_status" not null default 'QUEUED', "total_rows" int not null, "processed_rows" int not null default 0, "created_rows" int not null default 0, "updated_rows" int not null default 0, "unchanged_rows" int not null default 0, "rejected_rows" int not null default 0, "attempts" int not null default 0, "failure_reason" text null, "started_at" timestamptz null, "finished_at" timestamptz null, constraint "product_import_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "product_import_uploaded_by_id_index" on "product_import" ("uploaded_by_id");`);
    this.addSql(`create index "product_import_brand_id_created_at_index" on "product_import" ("brand_id", "created_at");`);

    this.addSql(
      `create table "product_import_row" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "product_import_id" uuid not null, "row_number" int not null, "sku" varchar(255) null, "outcome" "product_import_outcome" not null, "product_id" uuid null, "issues" jsonb not null, constraint "product_import_row_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "product_import_row_product_import_id_outcome_row_number_index" on "product_import_row" ("product_import_id", "outcome", "row_number");`,
    );
    this.addSql(
      `alter table "product_import_row" add constraint "product_import_row_product_import_id_row_number_unique" unique ("product_import_id", "row_number");`,
    );

    this.addSql(
      `alter table "product_import" add constraint "product_import_brand_id_foreign" foreign key ("brand_id") references "brand" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "product_import" add constraint "product_import_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "product_import_row" add constraint "product_import_row_product_import_id_foreign" foreign key ("product_import_id") references "product_import" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "product_import_row" drop constraint "product_import_row_product_import_id_foreign";`);

    this.addSql(`drop table if exists "product_import" cascade;`);

    this.addSql(`drop table if exists "product_import_row" cascade;`);

    this.addSql(`drop type "product_import_status";`);
    this.addSql(`drop type "product_import_outcome";`);
  }
}
