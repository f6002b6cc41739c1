import { Migration } from '@mikro-orm/migrations';

export class Migration20261124103043_product_moderation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter type "moderation_subject" add value if not exists 'PRODUCT' after 'PARTNER';`);
  }
}
