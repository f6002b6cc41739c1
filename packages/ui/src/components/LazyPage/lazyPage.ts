import { lazy, type ComponentType } from 'react';

/**
 * A page loaded on first visit (its own chunk) from a module that exports it by name:
 * `const HomePage = lazyPage(() => import('./pages/HomePage'), 'HomePage')`.
 * Render it under a <Suspense>; PortalApp puts one around every route.
 */
export function lazyPage<M extends Record<string, unknown>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): M[K] extends ComponentType<infer P> ? ComponentType<P> : never {
  return lazy(async () => ({ default: (await load())[name] as ComponentType<unknown> })) as never;
}
