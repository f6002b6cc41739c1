import { Migration } from '@mikro-orm/migrations';

/** Column lengths from shared/field-limits.ts, the same numbers the input validators allow. */

export class Migration20261202085113_field_limits extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "brand" alter column "tax_id" type varchar(12) using ("tax_id"::varchar(12));`);

    this.addSql(`alter table "partner" alter column "tax_id" type varchar(12) using ("tax_id"::varchar(12));`);
    this.addSql(`alter table "partner" alter column "kpp" type varchar(9) using ("kpp"::varchar(9));`);
    this.addSql(`alter table "partner" alter column "ogrn" type varchar(15) using ("ogrn"::varchar(15));`);
    this.addSql(`alter table "partner" alter column "contact_name" type varchar(120) using ("contact_name"::varchar(120));`);
    this.addSql(`alter table "partner" alter column "contact_phone" type varchar(24) using ("contact_phone"::varchar(24));`);
    this.addSql(`alter table "partner" alter column "invite_code" type varchar(32) using ("invite_code"::varchar(32));`);

    this.addSql(`alter table "product" alter column "sku" type varchar(64) using ("sku"::varchar(64));`);
    this.addSql(`alter table "product" alter column "name" type varchar(200) using ("name"::varchar(200));`);
    this.addSql(`alter table "product" alter column "barcode" type varchar(14) using ("barcode"::varchar(14));`);
    this.addSql(`alter table "product" alter column "category" type varchar(100) using ("category"::varchar(100));`);

    this.addSql(`alter table "promotion" alter column "name" type varchar(200) using ("name"::varchar(200));`);

    this.addSql(`alter table "payout_option" alter column "name" type varchar(100) using ("name"::varchar(100));`);

    this.addSql(`alter table "app_user" alter column "phone" type varchar(24) using ("phone"::varchar(24));`);
    this.addSql(`alter table "app_user" alter column "name" type varchar(120) using ("name"::varchar(120));`);

    this.addSql(`alter table "participant" alter column "city" type varchar(120) using ("city"::varchar(120));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "app_user" alter column "phone" type varchar(255) using ("phone"::varchar(255));`);
    this.addSql(`alter table "app_user" alter column "name" type varchar(255) using ("name"::varchar(255));`);

    this.addSql(`alter table "brand" alter column "tax_id" type varchar(255) using ("tax_id"::varchar(255));`);

    this.addSql(`alter table "participant" alter column "city" type varchar(255) using ("city"::varchar(255));`);

    this.addSql(`alter table "partner" alter column "tax_id" type varchar(255) using ("tax_id"::varchar(255));`);
    this.addSql(`alter table "partner" alter column "kpp" type varchar(255) using ("kpp"::varchar(255));`);
    this.addSql(`alter table "partner" alter column "ogrn" type varchar(255) using ("ogrn"::varchar(255));`);
    this.addSql(`alter table "partner" alter column "contact_name" type varchar(255) using ("contact_name"::varchar(255));`);
    this.addSql(`alter table "partner" alter column "contact_phone" type varchar(255) using ("contact_phone"::varchar(255));`);
    this.addSql(`alter table "partner" alter column "invite_code" type varchar(255) using ("invite_code"::varchar(255));`);

    this.addSql(`alter table "payout_option" alter column "name" type varchar(255) using ("name"::varchar(255));`);

    this.addSql(`alter table "product" alter column "sku" type varchar(255) using ("sku"::varchar(255));`);
    this.addSql(`alter table "product" alter column "name" type varchar(255) using ("name"::varchar(255));`);
    this.addSql(`alter table "product" alter column "barcode" type varchar(255) using ("barcode"::varchar(255));`);
    this.addSql(`alter table "product" alter column "category" type varchar(255) using ("category"::varchar(255));`);

    this.addSql(`alter table "promotion" alter column "name" type varchar(255) using ("name"::varchar(255));`);
  }
}
