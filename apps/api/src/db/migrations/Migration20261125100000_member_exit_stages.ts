import { Migration } from '@mikro-orm/migrations';

/** A participant declines an invitation or leaves a promotion: two more member stages. */
export class Migration20261125100000_member_exit_stages extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter type "member_stage" add value if not exists 'DECLINED';`);
    this.addSql(`alter type "member_stage" add value if not exists 'LEFT';`);
  }

  override async down(): Promise<void> {
    // PostgreSQL cannot drop an enum value; members who left go back to where they were before.
    this.addSql(`update "promotion_member" set "stage" = 'INVITED' where "stage"::text = 'DECLINED';`);
    this.addSql(`update "promotion_member" set "stage" = 'ACCEPTED' where "stage"::text = 'LEFT';`);
  }
}
