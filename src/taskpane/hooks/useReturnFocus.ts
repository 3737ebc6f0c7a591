import * as React from 'react';

/**
 * Gives keyboard focus back to the element that had it when a dialog opened, once the dialog has
 * closed and only if focus was left nowhere (on <body> or a removed node). Fluent's own restore
 * runs a few frames after the surface unmounts and, on a busy machine, sometimes leaves focus on
 * <body>; the
 * pane promises focus never lands on <body> (issue 10).
 *
 * `open` is the dialog's open state. When the element that had focus is gone by then (a menu item
 * whose menu closed), `fallback` names the element to focus instead (the menu's button); with no
 * fallback, or a disabled one, nothing happens.
 */
/** How often (ms) and how many times focus is checked after a dialog closes: one second in all. */
const RETURN_WATCH_MS = 50;
const RETURN_WATCH_TICKS = 20;

export function useReturnFocus(open: boolean, fallback?: () => HTMLElement | null): void {
  const opener = React.useRef<HTMLElement | null>(null);
  const seenOpen = React.useRef(false);
  const wasOpen = React.useRef(false);
  // Read while rendering the opening: by the time effects run, the dialog's own (child) effects may
  // already have moved focus into it.
  if (open && !seenOpen.current) {
    const a = document.activeElement;
    opener.current = a instanceof HTMLElement && a !== document.body && !a.closest('[role=dialog]') ? a : null;
  }
  seenOpen.current = open;
  React.useEffect(() => {
    if (!open && wasOpen.current) {
      wasOpen.current = false;
      const first = opener.current;
      opener.current = null;
      const usable = (e: HTMLElement | null | undefined): e is HTMLElement => !!e && e.isConnected && !(e as HTMLButtonElement).disabled;
      // Watched for a second (every 50 ms): the surface's exit animation and Fluent's restorer take
      // some frames and may drop focus on <body> late. Focus the writer put somewhere is left alone.
      let ticks = 0;
      const timer = setInterval(() => {
        const a = document.activeElement;
        const lost = !a || a === document.body || !a.isConnected;
        if (lost) {
          const target = usable(first) ? first : fallback?.();
          if (usable(target)) target.focus();
        }
        if (++ticks >= RETURN_WATCH_TICKS) clearInterval(timer);
      }, RETURN_WATCH_MS);
      return () => clearInterval(timer);
    }
    wasOpen.current = open;
    return undefined;
    // `fallback` is read when the dialog closes; a new function each render must not re-run this.
  }, [open]);
}
