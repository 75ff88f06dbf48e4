import type { GroupMeetingStatus } from '@intervision/shared';
import type { StoredMeeting } from '../store/groupStore.js';
import type { GroupDeps } from './groupDeps.js';

export interface MeetingState {
  status: Exclude<GroupMeetingStatus, 'scheduled'>;
  presenterId: string | null;
  attendeeIds: string[];
}

interface SnapshotWithPresenter {
  context?: { presenter?: string | null };
}

/**
 * Where an opened meeting is, read from its session: `open` in the lobby, `running` while it runs
 * or is paused, `ended` once it ended (or its session is gone). Until the end is recorded the
 * presenter and attendees are the session's own.
 */
export async function meetingState(deps: GroupDeps, meeting: StoredMeeting): Promise<MeetingState> {
  const recorded = { presenterId: meeting.presenterId, attendeeIds: meeting.attendeeIds };
  if (meeting.endedAt !== null) return { status: 'ended', ...recorded };
  const session = await deps.store.getSession(meeting.sessionId);
  if (!session) return { status: 'ended', ...recorded };
  const live = deps.sessions.registry.find(meeting.sessionId);
  const presenter = live
    ? live.context.presenter
    : ((session.snapshot as SnapshotWithPresenter | null)?.context?.presenter ?? null);
  const status =
    session.status === 'lobby' ? 'open' : session.status === 'ended' ? 'ended' : 'running';
  return {
    status,
    presenterId: presenter,
    attendeeIds: (await deps.store.listParticipants(meeting.sessionId)).map((p) => p.id),
  };
}
