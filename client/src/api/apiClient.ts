import {
  ERROR_CODES,
  type CreateSessionResponse,
  type ErrorCode,
  type HealthResponse,
  type JoinSessionResponse,
  type MediaTokenResponse,
  type MethodsResponse,
  type SessionPreviewResponse,
} from '@intervision/shared';
import { ApiError } from './ApiError';

/** What the create form sends; durations are seconds per phase id. */
export interface CreateSessionRequest {
  title: string;
  method: string;
  durations?: Record<string, number>;
  autoAdvance?: boolean;
  maxParticipants?: number;
}

const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);

async function call<T>(path: string, init: RequestInit = {}, credential?: string): Promise<T> {
  const headers: Record<string, string> = {};
  if (init.body) headers['Content-Type'] = 'application/json';
  if (credential) headers.Authorization = `Bearer ${credential}`;
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers });
  } catch {
    throw new ApiError(
      'network',
      'The server cannot be reached. Check your connection and try again.',
    );
  }
  if (res.status === 204) return undefined as T;
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const err = body as { error?: unknown; message?: unknown } | null;
    const code = isErrorCode(err?.error) ? err.error : 'internal';
    throw new ApiError(code, typeof err?.message === 'string' ? err.message : res.statusText);
  }
  return body as T;
}

const post = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body) });

export const api = {
  methods: () => call<MethodsResponse>('/api/methods'),
  health: () => call<HealthResponse>('/api/health'),
  createSession: (req: CreateSessionRequest) =>
    call<CreateSessionResponse>('/api/sessions', post(req)),
  /** What a link opens (title, method, the role it gives), before joining; adds nobody. */
  preview: (sessionId: string, secret: string) =>
    call<SessionPreviewResponse>(
      `/api/sessions/${encodeURIComponent(sessionId)}/preview`,
      post({ secret }),
    ),
  /** With the credential this browser holds for the session, the same person comes back. */
  join: (sessionId: string, body: { secret: string; name?: string; credential?: string }) =>
    call<JoinSessionResponse>(`/api/sessions/${encodeURIComponent(sessionId)}/join`, post(body)),
  mediaToken: (sessionId: string, credential: string) =>
    call<MediaTokenResponse>(
      `/api/sessions/${encodeURIComponent(sessionId)}/token`,
      { method: 'POST' },
      credential,
    ),
  deleteSession: (sessionId: string, credential: string) =>
    call<void>(`/api/sessions/${encodeURIComponent(sessionId)}`, { method: 'DELETE' }, credential),
};

/** The same fetch-and-check for other subjects' API modules (e.g. groups), one error shape for all. */
export { call as apiCall };
