import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { getSchema } from './build-schema';
import { findRepoRoot } from '../shared/repo-root';

export const SCHEMA_FILE = path.join(findRepoRoot(), 'packages/schema/schema.graphql');

export async function printCurrentSchema(): Promise<string> {
  return `# Emitted by apps/api (npm run schema:emit). Do not edit by hand.\n\n${printSchema(lexicographicSortSchema(await getSchema()))}\n`;
}

if (require.main === module) {
  printCurrentSchema()
    .then((sdl) => {
      writeFileSync(SCHEMA_FILE, sdl);
      console.log(`wrote ${SCHEMA_FILE}`);
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
