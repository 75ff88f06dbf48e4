import { useState } from 'react';

const KEY = 'intervision:shortcuts';

/** Whether the chair wants single-key shortcuts; on unless switched off, remembered in this browser. */
export function useShortcutSetting(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => {
    try {
      return localStorage.getItem(KEY) !== 'off';
    } catch {
      return true;
    }
  });
  const change = (next: boolean) => {
    setOn(next);
    try {
      localStorage.setItem(KEY, next ? 'on' : 'off');
    } catch {
      // The setting still holds for this page view.
    }
  };
  return [on, change];
}
