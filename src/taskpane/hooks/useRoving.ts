import * as React from 'react';

/**
 * A roving tab stop over the controls of a bar (a toolbar's pattern): the controls matching
 * `selector` inside the container are ONE Tab stop (the last one used, else the first), and
 * ←/→ (Home/End) move between them. ↑/↓ are left to the controls (a menu button opens its menu).
 *
 * Done on the DOM, not through props, so controls rendered by other components (a menu loaded on
 * first use replacing its stand-in button) join the group as they appear: a MutationObserver
 * re-applies the tabindex values when the bar's content changes. Returns the ref for the container.
 */
export function useRoving<T extends HTMLElement>(selector: string): React.RefObject<T> {
  const ref = React.useRef<T>(null);
  React.useEffect(() => {
    const bar = ref.current;
    if (!bar) return undefined;
    let current: HTMLElement | null = null;
    const items = () => [...bar.querySelectorAll<HTMLElement>(selector)].filter((e) => !(e as HTMLButtonElement).disabled);
    const apply = () => {
      const all = items();
      if (all.length === 0) return;
      const stop = current && all.includes(current) ? current : all[0];
      for (const e of all) {
        const want = e === stop ? '0' : '-1';
        if (e.getAttribute('tabindex') !== want) e.setAttribute('tabindex', want);
      }
    };
    const onFocusIn = (e: FocusEvent) => {
      const t = e.target as HTMLElement;
      if (items().includes(t) && current !== t) {
        current = t;
        apply();
      }
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const all = items();
      const i = all.indexOf(e.target as HTMLElement);
      if (i < 0) return;
      let j = -1;
      if (e.key === 'ArrowRight') j = (i + 1) % all.length;
      else if (e.key === 'ArrowLeft') j = (i - 1 + all.length) % all.length;
      else if (e.key === 'Home') j = 0;
      else if (e.key === 'End') j = all.length - 1;
      if (j < 0) return;
      e.preventDefault();
      current = all[j];
      apply();
      all[j].focus();
    };
    apply();
    // Only elements added/removed or enabled/disabled change the set; our own tabindex writes do not.
    const observer = new MutationObserver(apply);
    observer.observe(bar, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
    bar.addEventListener('focusin', onFocusIn);
    bar.addEventListener('keydown', onKeyDown);
    return () => {
      observer.disconnect();
      bar.removeEventListener('focusin', onFocusIn);
      bar.removeEventListener('keydown', onKeyDown);
    };
  }, [selector]);
  return ref;
}
