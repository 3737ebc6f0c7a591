/**
 * Parts of the pane loaded on first use. Each part is a webpack chunk beside taskpane.js, fetched
 * with `import()` from the add-in's own origin (output.publicPath 'auto': the URL taskpane.js was
 * loaded from, so it works under the manifest's address and in the preview alike; the pages' CSP
 * allows scripts from 'self' only and no eval). The start bundle then holds only what the first
 * screen needs; dialogs, menus and views that appear after an action come when first asked for.
 *
 * No React.lazy/Suspense: a chunk that fails to load (the server gone, a new release replacing the
 * files) must not break the pane. The part shows a one-line Chinese message instead and the next
 * mount tries again. Once loaded, a part renders synchronously everywhere (no flash of fallback).
 */
import * as React from 'react';
import { S } from './strings';

/** A component whose code is loaded on first mount (or on `preload()`). */
export interface LazyPart<P extends object> {
  (props: P & { fallback?: React.ReactNode }): React.ReactElement | null;
  /** Start loading (idempotent); resolves when the part can render synchronously. */
  preload(): Promise<unknown>;
  /** Whether the code is here (the part renders without waiting). */
  isLoaded(): boolean;
  displayName?: string;
}

/**
 * Wraps `load` (a dynamic import returning the component) as a part. Until loaded, the part
 * renders `fallback` (default nothing); on failure the fallback and a short alert
 * (S.partLoadFailed), and the next mount or preload retries.
 */
export function lazyPart<P extends object>(load: () => Promise<React.ComponentType<P>>, name = 'LazyPart'): LazyPart<P> {
  let loaded: React.ComponentType<P> | null = null;
  let pending: Promise<React.ComponentType<P>> | null = null;
  const preload = (): Promise<React.ComponentType<P>> =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (err: unknown) => {
        pending = null;
        throw err;
      },
    ));

  function Part(props: P & { fallback?: React.ReactNode }): React.ReactElement | null {
    const { fallback = null, ...rest } = props;
    const [, setLoadedTick] = React.useState(0);
    const [failed, setFailed] = React.useState(false);
    React.useEffect(() => {
      if (loaded) return undefined;
      let live = true;
      preload().then(
        () => live && setLoadedTick((n) => n + 1),
        () => live && setFailed(true),
      );
      return () => {
        live = false;
      };
    }, []);
    if (loaded) {
      const Component = loaded;
      return <Component {...(rest as P)} />;
    }
    if (failed) {
      return (
        <>
          {fallback}
          <p role="alert" data-lazy-failed={name}>
            {S.partLoadFailed}
          </p>
        </>
      );
    }
    return <>{fallback}</>;
  }
  Part.displayName = name;
  return Object.assign(Part, { preload, isLoaded: () => loaded !== null });
}

/** Props every part opened from a launcher takes: opened by the writer at mount (menu shown at once). */
export interface LaunchedProps {
  defaultOpen?: boolean;
}

/**
 * A button standing in for a menu whose code is not loaded yet. It looks like the menu's trigger
 * (same label, icon, appearance) and says it opens a menu; hovering or focusing it starts loading
 * the part, and activating it (click, Enter, Space, ↓) mounts the real menu opened — which moves
 * focus to its first item as any opened menu does. From then on the real menu stays.
 */
export function useLaunch(part: { preload(): Promise<unknown> }) {
  const [launched, setLaunched] = React.useState(false);
  const launch = React.useCallback(() => {
    part.preload().catch(() => undefined);
    setLaunched(true);
  }, [part]);
  const warm = React.useCallback(() => {
    part.preload().catch(() => undefined);
  }, [part]);
  const triggerProps = {
    'aria-haspopup': 'menu' as const,
    'aria-expanded': false,
    onClick: launch,
    onPointerEnter: warm,
    onFocus: warm,
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === 'ArrowDown' && !e.altKey) {
        e.preventDefault();
        launch();
      }
    },
  };
  return { launched, triggerProps };
}
