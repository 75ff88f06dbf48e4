import { useEffect, useRef } from 'react';

/** Keys (lower case) mapped to actions; a missing or undefined entry is ignored. */
export type ShortcutMap = Record<string, (() => void) | undefined>;

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** A question is open (end the session? change the presenter?): keys belong to it, not to the phases. */
const dialogOpen = (): boolean =>
  document.querySelector('[role="dialog"], [role="alertdialog"], dialog[open]') !== null;

/**
 * Single-key shortcuts for the chair, ignored while typing, while a dialog is open or with a
 * modifier held. `enabled` is false when the chair switched them off (WCAG 2.1.4).
 */
export function useChairShortcuts(enabled: boolean, shortcuts: ShortcutMap): void {
  const latest = useRef(shortcuts);
  latest.current = shortcuts;
  useEffect(() => {
    if (!enabled) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.repeat || isTyping(e.target) || dialogOpen())
        return;
      const action = latest.current[e.key.toLowerCase()];
      if (!action) return;
      e.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled]);
}
