import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobDefinition } from './jobs/define-job';
import type { Route } from './routes/define-route';

/** A type-graphql resolver class. */
export type ResolverClass = abstract new (...args: never[]) => object;

/**
 * What a feature folder (src/modules/<feature>) brings to the app, in its `<feature>.module.ts`.
 * src/features.ts lists the manifests; the schema builder reads `resolvers`, the ORM config
 * `entities`, the request context `loaders`, the job registry `jobs`, the http app `routes`.
 * The authorization matrix's rows are test code, so they live in `<feature>.matrix.test-kit.ts` and
 * src/test/matrix-rows.ts lists them by feature name.
 */
export interface Feature<L extends object = object> {
  /** The folder's name; the matrix's row list is keyed by it. */
  name: string;
  resolvers: readonly ResolverClass[];
  entities: readonly EntityClass<object>[];
  /** Per-request DataLoaders, merged into ctx.loaders (names must be unique across features). */
  loaders?: (em: EntityManager) => L;
  jobs?: readonly JobDefinition[];
  routes?: readonly Route[];
}

/** Declares a feature's manifest; the identity function, there for the type (and the loaders' names). */
export function defineFeature<L extends object = object>(feature: Feature<L>): Feature<L> {
  return feature;
}
