import type { SessionPreviewResponse } from '@intervision/shared';
import { useEffect, useState } from 'react';
import { api } from '../api/apiClient';
import { ApiError } from '../api/ApiError';
import type { JoinProblem } from './joinProblem';

/** What the link opens, as far as the server has said yet. */
export type LinkPreview =
  | { state: 'loading' }
  | { state: 'ready'; preview: SessionPreviewResponse }
  | { state: 'failed'; problem: JoinProblem };

/**
 * Asks the server which session a link opens and as whom, once per link, so the join page can say
 * so before the person types a name. Without a secret there is nothing to ask.
 */
export function useLinkPreview(sessionId: string, secret: string | null): LinkPreview {
  const [result, setResult] = useState<LinkPreview>({ state: 'loading' });
  useEffect(() => {
    if (!secret) return;
    let current = true;
    setResult({ state: 'loading' });
    api.preview(sessionId, secret).then(
      (preview) => {
        if (current) setResult({ state: 'ready', preview });
      },
      (err: unknown) => {
        if (current)
          setResult({ state: 'failed', problem: err instanceof ApiError ? err.code : 'internal' });
      },
    );
    return () => {
      current = false;
    };
  }, [sessionId, secret]);
  return result;
}
