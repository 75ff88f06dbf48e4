import { apiCall } from '../api/apiClient';
import type {
  CreateGatheringResponse,
  GatheringTokenResponse,
  JoinGatheringResponse,
} from './gatheringContract';

const post = (body?: unknown): RequestInit =>
  body === undefined ? { method: 'POST' } : { method: 'POST', body: JSON.stringify(body) };
const path = (id: string, rest: string) => `/api/gatherings/${encodeURIComponent(id)}/${rest}`;

/** The gathering routes of docs/api.md, with the one error shape every API module shares. */
export const gatheringApi = {
  create: (req: { title: string; maxParticipants?: number }) =>
    apiCall<CreateGatheringResponse>('/api/gatherings', post(req)),
  join: (id: string, body: { secret: string; name: string; credential?: string }) =>
    apiCall<JoinGatheringResponse>(path(id, 'join'), post(body)),
  /** Media details for wherever this person is now: asked again after every move. */
  token: (id: string, credential: string) =>
    apiCall<GatheringTokenResponse>(path(id, 'token'), post(), credential),
};
