/**
 * Developer tool: diff the entities against a scratch database migrated to the latest committed
 * migration, and write the difference as a new migration. Usage (from apps/api, after build):
 *   DATABASE_URL=postgresql://localhost/scratch node dist/db/generate-migration.js
 */
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from './orm-config';

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL must point at a scratch database');
  const orm = await MikroORM.init({
    ...ormConfig({ clientUrl: url, poolMax: 1 }),
    migrations: { ...ormConfig({ clientUrl: url, poolMax: 1 }).migrations, path: `${__dirname}/../../src/db/migrations` },
  });
  const migrator = orm.getMigrator();
  await migrator.up();
  const result = await migrator.createMigration();
  console.log(result.fileName ? `wrote ${result.fileName}` : 'no changes');
  await orm.close(true);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
