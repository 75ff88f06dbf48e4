import type {
  CreateGatheringRequest,
  CreateGatheringResponse,
  GatheringTokenResponse,
  JoinGatheringRequest,
  JoinGatheringResponse,
} from '@intervision/shared';
import { apiCall } from '../api/apiClient';

const post = (body?: unknown): RequestInit =>
  body === undefined ? { method: 'POST' } : { method: 'POST', body: JSON.stringify(body) };
const path = (id: string, rest: string) => `/api/gatherings/${encodeURIComponent(id)}/${rest}`;

/** The gathering routes of docs/api.md, with the one error shape every API module shares. */
export const gatheringApi = {
  create: (req: CreateGatheringRequest) =>
    apiCall<CreateGatheringResponse>('/api/gatherings', post(req)),
  /** With the credential this browser holds, the same person comes back (after a reload). */
  join: (id: string, body: JoinGatheringRequest) =>
    apiCall<JoinGatheringResponse>(path(id, 'join'), post(body)),
  /** Media details for wherever this person is now. */
  token: (id: string, credential: string) =>
    apiCall<GatheringTokenResponse>(path(id, 'token'), post(), credential),
};
