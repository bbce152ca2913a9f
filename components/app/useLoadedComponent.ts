import { useEffect, useState, type ComponentType } from 'react';

/** A code-split UI part: resolves to a module whose default export is the component. */
export type ComponentLoader = () => Promise<{ default: ComponentType }>;

const loaded = new Map<ComponentLoader, ComponentType>();
const loading = new Map<ComponentLoader, Promise<ComponentType>>();

/** Starts (or joins) loading a part; safe to call early to warm it. */
export function preloadComponent(load: ComponentLoader): Promise<ComponentType> {
  const done = loaded.get(load);
  if (done) return Promise.resolve(done);
  let promise = loading.get(load);
  if (!promise) {
    promise = load().then(
      (module) => {
        loaded.set(load, module.default);
        loading.delete(load);
        return module.default;
      },
      (error: unknown) => {
        loading.delete(load); // a later render may try again
        throw error;
      },
    );
    loading.set(load, promise);
  }
  return promise;
}

/**
 * The part's component once its chunk is in: `{ Component }`, `{ error }` if it failed, `{}`
 * while loading. Used instead of React.lazy + Suspense because React keeps a revealed Suspense
 * fallback on screen for at least 300 ms (its reveal throttle): the analysis bench measured that
 * alone as the larger part of opening the side panel to the daily report.
 */
export function useLoadedComponent(load: ComponentLoader): { Component?: ComponentType; error?: unknown } {
  const Component = loaded.get(load);
  const [failure, setFailure] = useState<{ load: ComponentLoader; error: unknown }>();
  const [, setLoadedCount] = useState(0);
  useEffect(() => {
    if (loaded.has(load)) return;
    let live = true;
    preloadComponent(load).then(
      () => live && setLoadedCount((n) => n + 1),
      (error: unknown) => live && setFailure({ load, error }),
    );
    return () => {
      live = false;
    };
  }, [load]);
  if (Component) return { Component };
  return failure?.load === load ? { error: failure.error } : {};
}
