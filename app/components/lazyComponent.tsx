import { lazy, Suspense, type ComponentType, type ReactElement } from 'react';

/**
 * A component whose code loads on first render, in its own chunk, so it stays out of the
 * first-paint JavaScript. Takes the same props; renders nothing until its chunk has loaded.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
): (props: P) => ReactElement {
  const Lazy = lazy(async () => ({ default: await load() }));
  return function LazyComponent(props: P) {
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}
