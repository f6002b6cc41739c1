import { Migration } from '@mikro-orm/migrations';

/**
 * The conversion report's reads (modules/conversions/conversion-report.*, conversions-csv.*): conversions are
 * the sales with an order id, listed newest order first per brand, per promotion or per participant. Partial
 * indexes over just those rows, in the list's order, so a page and the CSV cursor walk the index instead of
 * sorting every sale of a brand.
 */
export class Migration20261203126000_conversion_report extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "sale_conversion_brand_idx" on "sale" ("brand_id", "receipt_date" desc, "id" desc) where "order_id" is not null;`,
    );
    this.addSql(
      `create index "sale_conversion_promotion_idx" on "sale" ("promotion_id", "receipt_date" desc, "id" desc) where "order_id" is not null;`,
    );
    this.addSql(
      `create index "sale_conversion_participant_idx" on "sale" ("participant_id", "receipt_date" desc, "id" desc) where "order_id" is not null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "sale_conversion_participant_idx";`);
    this.addSql(`drop index if exists "sale_conversion_promotion_idx";`);
    this.addSql(`drop index if exists "sale_conversion_brand_idx";`);
  }
}
