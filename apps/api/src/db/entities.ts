import { FEATURES } from '../features';

/** Every feature's entities, from the manifests (src/features.ts): tsc output, vitest and scripts all see the same set. */
export const entities = FEATURES.flatMap((feature) => feature.entities);
