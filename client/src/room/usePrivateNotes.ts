import { useEffect, useState } from 'react';

/** Notes kept only in this browser's localStorage: nothing here is ever sent anywhere. */
export function usePrivateNotes(sessionId: string): [string, (text: string) => void] {
  const key = `intervision:${sessionId}:notes`;
  const [text, setText] = useState(() => {
    try {
      return localStorage.getItem(key) ?? '';
    } catch {
      return '';
    }
  });
  useEffect(() => {
    try {
      if (text) localStorage.setItem(key, text);
      else localStorage.removeItem(key);
    } catch {
      // Storage can be full or disabled; the notes still work for this page view.
    }
  }, [key, text]);
  return [text, setText];
}
