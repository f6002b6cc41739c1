import type { EntityManager } from '@mikro-orm/postgresql';
import type { Feature } from '../define-feature';
import { FEATURES } from '../features';

type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never;
type LoadersOf<F> = F extends Feature<infer L> ? L : never;

/** Every feature's per-request loaders, by name (ctx.loaders.userById, ctx.loaders.promotionById...). */
export type Loaders = UnionToIntersection<LoadersOf<(typeof FEATURES)[number]>>;

/**
 * Fresh per request, so nothing cached crosses users or outlives the request. The request context
 * builds them on first use; each feature's factory only constructs DataLoaders (no query runs here).
 */
export function createLoaders(em: EntityManager): Loaders {
  const loaders: Record<string, unknown> = {};
  for (const feature of FEATURES) if (feature.loaders) Object.assign(loaders, feature.loaders(em));
  return loaders as Loaders;
}
