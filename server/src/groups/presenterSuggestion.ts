import type { StoredCase, StoredMeeting, StoredMember } from '../store/groupStore.js';

export interface PresenterSuggestion {
  memberId: string;
  name: string;
  caseId: string | null;
}

/** A case waits for `meetingId` when it is attached to it or to no meeting yet. */
export const caseIsFor = (c: StoredCase, meetingId: string | null): boolean =>
  c.meetingId === null || c.meetingId === meetingId;

/** When each member last presented (the start of the latest ended meeting they presented at). */
export function lastPresented(meetings: StoredMeeting[]): Map<string, number> {
  const last = new Map<string, number>();
  for (const m of meetings) {
    if (m.endedAt === null || m.presenterId === null) continue;
    last.set(m.presenterId, Math.max(last.get(m.presenterId) ?? 0, m.startsAt));
  }
  return last;
}

/**
 * Who should present at a meeting: the author of the oldest case waiting for it, else the member
 * who presented least recently (never presented first, then who joined the group first). The
 * facilitator chairs and never presents. Null when the group has no members.
 */
export function suggestPresenter(
  members: StoredMember[],
  cases: StoredCase[],
  meetings: StoredMeeting[],
  meetingId: string | null,
): PresenterSuggestion | null {
  const eligible = members.filter((m) => m.role === 'member');
  const byId = new Map(eligible.map((m) => [m.id, m]));
  const waiting = cases
    .filter((c) => caseIsFor(c, meetingId) && byId.has(c.authorId))
    .sort((a, b) => a.createdAt - b.createdAt);
  const first = waiting[0];
  if (first) {
    const author = byId.get(first.authorId)!;
    return { memberId: author.id, name: author.name, caseId: first.id };
  }
  const last = lastPresented(meetings);
  const next = [...eligible].sort(
    (a, b) =>
      (last.get(a.id) ?? -Infinity) - (last.get(b.id) ?? -Infinity) || a.createdAt - b.createdAt,
  )[0];
  return next ? { memberId: next.id, name: next.name, caseId: null } : null;
}
