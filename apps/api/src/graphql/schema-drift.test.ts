import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printCurrentSchema, SCHEMA_FILE } from './emit-schema';

describe('packages/schema/schema.graphql', () => {
  it('is exactly what the API emits (run `npm run schema:emit` after changing the API)', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await printCurrentSchema());
  });
});
