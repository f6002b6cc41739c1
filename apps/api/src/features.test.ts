import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import { entities } from './db/entities';
import { FEATURES } from './features';
import { resolvers } from './graphql/build-schema';
import { ROUTES } from './http/app';
import { JOBS } from './jobs/handlers';
import { createLoaders } from './loaders/loaders';

const MODULES = path.join(__dirname, 'modules');

describe('feature manifests (src/features.ts)', () => {
  it('lists the manifest of every folder in src/modules, once, named after its folder', async () => {
    const folders = readdirSync(MODULES, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(FEATURES.map((f) => f.name).sort()).toEqual(folders.sort());
    for (const feature of FEATURES) {
      const manifest = (await import(path.join(MODULES, feature.name, `${feature.name}.module.ts`))) as Record<string, unknown>;
      expect(Object.values(manifest), feature.name).toContain(feature);
    }
  });

  it('feeds every reader: schema resolvers, ORM entities, jobs and routes come from the manifests, none twice', () => {
    const all = <T>(pick: (f: (typeof FEATURES)[number]) => readonly T[] | undefined) => FEATURES.flatMap((f) => pick(f) ?? []);
    for (const [reader, fromManifests] of [
      [resolvers, all((f) => f.resolvers)],
      [entities, all((f) => f.entities)],
      [JOBS, all((f) => f.jobs)],
      [ROUTES, all((f) => f.routes)],
    ] as const) {
      expect(reader).toEqual(fromManifests);
      expect(new Set<unknown>(reader).size).toBe(reader.length);
    }
    expect(new Set(JOBS.map((j) => j.name)).size).toBe(JOBS.length);
  });

  it('gives every loader a name no other feature uses, so merging them into ctx.loaders loses none', () => {
    // Building loaders only constructs DataLoaders; nothing touches the EntityManager until one loads.
    const em = {} as EntityManager;
    const names = FEATURES.flatMap((f) => Object.keys(f.loaders?.(em) ?? {}));
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(createLoaders(em)).sort()).toEqual([...names].sort());
  });
});
