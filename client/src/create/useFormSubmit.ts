import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/ApiError';

/**
 * The busy flag and the error line of a form that sends one request: the server's own message
 * when it gave one (it is written for people), `failedText` when the request never got an answer.
 */
export function useFormSubmit(failedText: string) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = (send: () => Promise<void>) => async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await send();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : failedText);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, submit };
}

/** Minutes per phase as the form holds them → whole seconds per phase as the API takes them. */
export function durationsInSeconds(minutes: Record<string, number>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(minutes).map(([phaseId, m]) => [phaseId, Math.round(m * 60)]),
  );
}
