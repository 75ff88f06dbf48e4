import type { LiveKitDetails } from '@intervision/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api/apiClient';
import { ApiError } from '../api/ApiError';

/** `disabled`: the server runs without a media server at all, so there is nothing to retry. */
export type MediaStatus = 'pending' | 'ready' | 'unavailable' | 'disabled';

export interface MediaConnection {
  details: LiveKitDetails | null;
  status: MediaStatus;
  /** Fetch a fresh short-lived token (after a reload or a lost media connection). */
  refresh: () => void;
}

const RETRY_MS = 15_000;

/**
 * LiveKit connection details for this member. Uses the ones from the join answer when present,
 * otherwise asks `POST /token`, retrying while the media server is away. A refused credential is
 * reported through `onRefused` so the page can send the person back to the join screen.
 */
export function useMediaConnection(
  sessionId: string,
  credential: string,
  initial: LiveKitDetails | null,
  onRefused: (code: 'unauthorized' | 'not_found' | 'session_ended') => void,
): MediaConnection {
  const [details, setDetails] = useState<LiveKitDetails | null>(initial);
  const [status, setStatus] = useState<MediaStatus>(initial ? 'ready' : 'pending');
  const [attempt, setAttempt] = useState(initial ? 0 : 1);
  // The page's callback may change identity on every render; that must not refetch.
  const refused = useRef(onRefused);
  refused.current = onRefused;

  useEffect(() => {
    if (attempt === 0) return undefined;
    let cancelled = false;
    let retry: number | undefined;
    api
      .health()
      .then((health) => {
        if (health.livekit === 'disabled') return null;
        return api.mediaToken(sessionId, credential);
      })
      .then((res) => {
        if (cancelled) return;
        if (!res) {
          setStatus('disabled');
          return;
        }
        setDetails(res.livekit);
        setStatus('ready');
      })
      .catch((err: unknown) => {
        if (cancelled) return;
        const code = err instanceof ApiError ? err.code : 'internal';
        if (code === 'unauthorized' || code === 'not_found' || code === 'session_ended') {
          refused.current(code);
          return;
        }
        setStatus('unavailable');
        retry = window.setTimeout(() => setAttempt((n) => n + 1), RETRY_MS);
      });
    return () => {
      cancelled = true;
      window.clearTimeout(retry);
    };
  }, [sessionId, credential, attempt]);

  const refresh = useCallback(() => setAttempt((n) => n + 1), []);
  return { details, status, refresh };
}
