import type {
  JoinSessionResponse,
  AddMemberResponse,
  CreateGroupRequest,
  CreateGroupResponse,
  EnterGroupResponse,
  GroupView,
} from '@intervision/shared';
import { apiCall } from '../api/apiClient';
import { ApiError } from '../api/ApiError';

const base = (groupId: string) => `/api/groups/${encodeURIComponent(groupId)}`;
const json = (method: string, body: unknown): RequestInit => ({
  method,
  body: JSON.stringify(body),
});

/** The group routes (docs/api.md, "Groups"); every call but create and enter carries the group credential. */
export const groupsApi = {
  create: (req: CreateGroupRequest) =>
    apiCall<CreateGroupResponse>('/api/groups', json('POST', req)),
  enter: (groupId: string, body: { secret: string; name?: string }) =>
    apiCall<EnterGroupResponse>(`${base(groupId)}/enter`, json('POST', body)),
  get: (groupId: string, credential: string) => apiCall<GroupView>(base(groupId), {}, credential),
  update: (
    groupId: string,
    credential: string,
    patch: { title?: string; agreement?: string; maxMembers?: number; enrolmentOpen?: boolean },
  ) => apiCall<GroupView>(base(groupId), json('PATCH', patch), credential),
  remove: (groupId: string, credential: string) =>
    apiCall<void>(base(groupId), { method: 'DELETE' }, credential),
  acceptAgreement: (groupId: string, credential: string) =>
    apiCall<void>(`${base(groupId)}/agreement`, { method: 'POST' }, credential),
  addMember: (groupId: string, credential: string, name: string) =>
    apiCall<AddMemberResponse>(`${base(groupId)}/members`, json('POST', { name }), credential),
  removeMember: (groupId: string, credential: string, memberId: string) =>
    apiCall<void>(
      `${base(groupId)}/members/${encodeURIComponent(memberId)}`,
      { method: 'DELETE' },
      credential,
    ),
  newPersonalLink: (groupId: string, credential: string, memberId: string) =>
    apiCall<{ personalUrl: string }>(
      `${base(groupId)}/members/${encodeURIComponent(memberId)}/link`,
      { method: 'POST' },
      credential,
    ),
  addCase: (
    groupId: string,
    credential: string,
    body: { title: string; question: string; meetingId?: string },
  ) => apiCall<{ id: string }>(`${base(groupId)}/cases`, json('POST', body), credential),
  withdrawCase: (groupId: string, credential: string, caseId: string) =>
    apiCall<void>(
      `${base(groupId)}/cases/${encodeURIComponent(caseId)}`,
      { method: 'DELETE' },
      credential,
    ),
  /** Opens the next scheduled meeting now, or (with `startsAt`) holds an extra one. */
  openMeeting: (groupId: string, credential: string, startsAt?: string) =>
    apiCall<{ meetingId: string }>(
      `${base(groupId)}/meetings`,
      json('POST', startsAt ? { startsAt } : {}),
      credential,
    ),
  joinMeeting: (groupId: string, credential: string, meetingId: string) =>
    apiCall<JoinSessionResponse>(
      `${base(groupId)}/meetings/${encodeURIComponent(meetingId)}/join`,
      { method: 'POST' },
      credential,
    ),
  savePlan: (groupId: string, credential: string, text: string) =>
    apiCall<void>(`${base(groupId)}/plan`, json('PUT', { text }), credential),
  /** The calendar file as text: it is not JSON, and the credential goes in a header, not the address. */
  calendar: async (groupId: string, credential: string): Promise<string> => {
    let res: Response;
    try {
      res = await fetch(`${base(groupId)}/calendar.ics`, {
        headers: { Authorization: `Bearer ${credential}` },
      });
    } catch {
      throw new ApiError('network', 'The server cannot be reached.');
    }
    if (!res.ok) throw new ApiError('internal', res.statusText);
    return res.text();
  },
};
