import * as React from 'react';

/**
 * Where keyboard focus last was in the pane, enough to find a sensible place when that element
 * goes away: the finding line's key (`data-key` of its row) and the finding order at that time,
 * or the named focus scope (`data-focus-scope`) and the element's index among its focusables.
 */
export interface FocusAnchor {
  el: HTMLElement;
  key: string | null;
  order: readonly string[];
  scope: string | null;
  index: number;
}

export interface FocusKeeperOptions {
  /** The pane's root: only focus inside it is remembered. */
  pane: React.RefObject<HTMLElement>;
  /** Keys of the findings in display order (all of them, also those on later pages). */
  order(): readonly string[];
  /** Focus the line of this finding (the list opens its page first if needed). */
  focusLine(key: string): void;
  /** Where focus goes when nothing nearer is left (the verdict); may use the anchor. */
  fallback(anchor: FocusAnchor): HTMLElement | null | void;
  /** While true, lost focus is left to the caller (a fix in progress places focus itself when done). */
  paused?(): boolean;
}

const FOCUSABLE = 'button, [href], input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

function focusables(scope: Element): HTMLElement[] {
  return [...scope.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (e) => !(e as HTMLButtonElement).disabled && !e.closest('[data-tabster-dummy]') && !e.closest('[hidden]'),
  );
}

/** Whether `el` can take focus where it is (connected, enabled, not in a [hidden] subtree; aria-hidden is
 * not looked at: a closing dialog lifts it from the pane a moment after focus returns). */
function usable(el: HTMLElement | null | undefined): el is HTMLElement {
  return !!el && el.isConnected && !(el as HTMLButtonElement).disabled && !el.closest('[hidden]');
}

/**
 * The key to focus when the line of `anchor.key` is gone: the same key if it is still listed, else
 * the next one after it (in the order of the moment focus was there) that is still listed, else the
 * one before it, else the line now at its former place; null when no finding is listed.
 */
export function nextKey(anchor: Pick<FocusAnchor, 'key' | 'order'>, now: readonly string[]): string | null {
  if (now.length === 0) return null;
  const present = new Set(now);
  if (anchor.key && present.has(anchor.key)) return anchor.key;
  const i = anchor.key ? anchor.order.indexOf(anchor.key) : -1;
  if (i < 0) return now[0];
  for (let j = i + 1; j < anchor.order.length; j++) if (present.has(anchor.order[j])) return anchor.order[j];
  for (let j = i - 1; j >= 0; j--) if (present.has(anchor.order[j])) return anchor.order[j];
  return now[Math.min(i, now.length - 1)];
}

/**
 * Keeps keyboard focus off <body> (issue 10): when the focused element leaves the page (a finding
 * dismissed, fixed or restored; a dialog or menu closing over a row that is gone; a "再显示" button
 * used up) and the browser drops focus on <body>, focus goes to the nearest sensible place: the same
 * element if still there, else the next finding's line, else the next control of the same scope
 * (`data-focus-scope`, e.g. the 已忽略 list), else `fallback` (the verdict).
 *
 * Watches with a MutationObserver on <body> (removals are what drop focus) and, for focus dropped
 * without a removal, a frame after a `focusout` that had nowhere to go. Focus the writer moved with
 * the pointer (a click on the page's blank space) is left alone.
 */
export function useFocusKeeper(options: FocusKeeperOptions): void {
  const opts = React.useRef(options);
  opts.current = options;
  React.useEffect(() => {
    let anchor: FocusAnchor | null = null;
    let last: HTMLElement | null = null;
    let pointerAt = -Infinity;
    let restoring = false;

    const remember = (e: FocusEvent) => {
      const t = e.target;
      if (!(t instanceof HTMLElement)) return;
      last = t;
      const pane = opts.current.pane.current;
      if (!pane || !pane.contains(t)) return;
      // A menu's items (an inline menu sits in the pane) are not a place to come back to: its button is.
      if (t.closest('[role=menu]')) return;
      const row = t.closest<HTMLElement>('[data-key]');
      const scopeEl = t.closest<HTMLElement>('[data-focus-scope]');
      anchor = {
        el: t,
        key: row?.getAttribute('data-key') ?? null,
        order: opts.current.order(),
        scope: scopeEl?.getAttribute('data-focus-scope') ?? null,
        index: scopeEl ? focusables(scopeEl).indexOf(t) : -1,
      };
    };

    const lost = () => {
      const a = document.activeElement;
      if (a && a !== document.body) return false;
      if (!anchor || !last) return false;
      // A click on the page's blank space puts focus on <body>: the writer's choice.
      return !(performance.now() - pointerAt < 300 && last.isConnected);
    };

    const restore = () => {
      if (restoring || !lost() || !anchor || opts.current.paused?.()) return;
      restoring = true;
      try {
        const o = opts.current;
        const pane = o.pane.current;
        if (!pane || !pane.isConnected) return;
        const at = anchor;
        // One attempt per loss: focus the target gets sets a new anchor; a target that cannot take
        // focus must not make every later DOM change try again.
        anchor = null;
        if (usable(at.el) && pane.contains(at.el)) {
          at.el.focus({ preventScroll: true });
          return;
        }
        if (at.key) {
          const key = nextKey(at, o.order());
          if (key) {
            o.focusLine(key);
            return;
          }
        }
        if (at.scope) {
          const scopeEl = pane.querySelector(`[data-focus-scope="${at.scope}"]`);
          const items = scopeEl ? focusables(scopeEl) : [];
          if (items.length > 0) {
            items[Math.max(0, Math.min(at.index, items.length - 1))].focus();
            return;
          }
        }
        const target = o.fallback(at);
        if (target && usable(target)) target.focus();
      } finally {
        restoring = false;
      }
    };

    const onFocusOut = (e: FocusEvent) => {
      if (e.relatedTarget) return;
      requestAnimationFrame(restore);
    };
    const onPointer = () => {
      pointerAt = performance.now();
    };
    const observer = new MutationObserver(() => restore());
    observer.observe(document.body, { childList: true, subtree: true });
    document.addEventListener('focusin', remember, true);
    document.addEventListener('focusout', onFocusOut, true);
    document.addEventListener('pointerdown', onPointer, true);
    return () => {
      observer.disconnect();
      document.removeEventListener('focusin', remember, true);
      document.removeEventListener('focusout', onFocusOut, true);
      document.removeEventListener('pointerdown', onPointer, true);
    };
  }, []);
}
