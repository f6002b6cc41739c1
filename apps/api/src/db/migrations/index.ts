import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261124093148_initial } from './Migration20261124093148_initial';
import { Migration20261124103043_product_moderation } from './Migration20261124103043_product_moderation';
import { Migration20261124103541_password_token } from './Migration20261124103541_password_token';
import { Migration20261124122147_promotions } from './Migration20261124122147_promotions';
import { Migration20261124122508_product_import } from './Migration20261124122508_product_import';
import { Migration20261125090000_import_heartbeat } from './Migration20261125090000_import_heartbeat';
import { Migration20261125100000_member_exit_stages } from './Migration20261125100000_member_exit_stages';
import { Migration20261202084527_accounts } from './Migration20261202084527_accounts';
import { Migration20261202085113_field_limits } from './Migration20261202085113_field_limits';
import { Migration20261202164556_sales } from './Migration20261202164556_sales';
import { Migration20261202170000_ledger } from './Migration20261202170000_ledger';
import { Migration20261202170800_photos } from './Migration20261202170800_photos';
import { Migration20261202172214_sale_photos } from './Migration20261202172214_sale_photos';
import { Migration20261202172800_withdrawals } from './Migration20261202172800_withdrawals';
import { Migration20261203110000_tracking } from './Migration20261203110000_tracking';
import { Migration20261203111000_affiliate_model } from './Migration20261203111000_affiliate_model';
import { Migration20261203124000_click_pipeline } from './Migration20261203124000_click_pipeline';
import { Migration20261203125000_postbacks } from './Migration20261203125000_postbacks';
import { Migration20261203126000_conversion_report } from './Migration20261203126000_conversion_report';
import { Migration20261203140000_cap_usage } from './Migration20261203140000_cap_usage';
import { Migration20261203141000_click_keys } from './Migration20261203141000_click_keys';

// Append new migrations here, in order; the migrator runs exactly this list.
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261124093148_initial', class: Migration20261124093148_initial },
  { name: 'Migration20261124103043_product_moderation', class: Migration20261124103043_product_moderation },
  { name: 'Migration20261124103541_password_token', class: Migration20261124103541_password_token },
  { name: 'Migration20261124122147_promotions', class: Migration20261124122147_promotions },
  { name: 'Migration20261124122508_product_import', class: Migration20261124122508_product_import },
  { name: 'Migration20261125090000_import_heartbeat', class: Migration20261125090000_import_heartbeat },
  { name: 'Migration20261125100000_member_exit_stages', class: Migration20261125100000_member_exit_stages },
  { name: 'Migration20261202084527_accounts', class: Migration20261202084527_accounts },
  { name: 'Migration20261202085113_field_limits', class: Migration20261202085113_field_limits },
  { name: 'Migration20261202164556_sales', class: Migration20261202164556_sales },
  { name: 'Migration20261202170000_ledger', class: Migration20261202170000_ledger },
  { name: 'Migration20261202170800_photos', class: Migration20261202170800_photos },
  { name: 'Migration20261202172214_sale_photos', class: Migration20261202172214_sale_photos },
  { name: 'Migration20261202172800_withdrawals', class: Migration20261202172800_withdrawals },
  { name: 'Migration20261203110000_tracking', class: Migration20261203110000_tracking },
  { name: 'Migration20261203111000_affiliate_model', class: Migration20261203111000_affiliate_model },
  { name: 'Migration20261203124000_click_pipeline', class: Migration20261203124000_click_pipeline },
  { name: 'Migration20261203125000_postbacks', class: Migration20261203125000_postbacks },
  { name: 'Migration20261203126000_conversion_report', class: Migration20261203126000_conversion_report },
  { name: 'Migration20261203140000_cap_usage', class: Migration20261203140000_cap_usage },
  { name: 'Migration20261203141000_click_keys', class: Migration20261203141000_click_keys },
];
