import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261124093148_initial } from './Migration20261124093148_initial';

// Append new migrations here, in order; the migrator runs exactly this list.
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261124093148_initial', class: Migration20261124093148_initial },
];
