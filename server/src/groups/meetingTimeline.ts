import { GROUP_LIMITS, type GroupMeetingView } from '@intervision/shared';
import type { StoredGroup, StoredMeeting } from '../store/groupStore.js';
import type { MeetingState } from './meetingState.js';
import { upcomingSlots, type MeetingSlot } from './schedule.js';

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The schedule's slots that have not ended by `now` and were not opened yet: at least the next
 * six. A slot in progress stays listed, since the scheduler opens it on its next pass.
 */
export function scheduledSlots(
  group: StoredGroup,
  opened: StoredMeeting[],
  now: number,
  count: number = GROUP_LIMITS.upcomingMeetings,
): MeetingSlot[] {
  const s = group.schedule;
  if (!s) return [];
  const taken = new Set(opened.map((m) => m.startsAt));
  return upcomingSlots(s, now - s.durationMinutes * 60_000, count + opened.length)
    .filter((slot) => slot.endsAt > now && !taken.has(slot.startsAt))
    .slice(0, count);
}

/** Every meeting held or opened, and the scheduled ones ahead, in start order. */
export function meetingTimeline(
  group: StoredGroup,
  opened: Array<{ meeting: StoredMeeting; state: MeetingState }>,
  now: number,
  opensMinutes: number,
): GroupMeetingView[] {
  const opensMs = opensMinutes * 60_000;
  const held: GroupMeetingView[] = opened.map(({ meeting, state }) => ({
    id: meeting.sessionId,
    startsAt: iso(meeting.startsAt),
    endsAt: iso(meeting.endsAt),
    opensAt: iso(Math.min(meeting.openedAt, meeting.startsAt - opensMs)),
    status: state.status,
    presenterId: state.presenterId,
    attendeeIds: state.attendeeIds,
  }));
  const ahead: GroupMeetingView[] = scheduledSlots(
    group,
    opened.map((o) => o.meeting),
    now,
  ).map((slot) => ({
    id: null,
    startsAt: iso(slot.startsAt),
    endsAt: iso(slot.endsAt),
    opensAt: iso(slot.startsAt - opensMs),
    status: 'scheduled',
    presenterId: null,
    attendeeIds: [],
  }));
  return [...held, ...ahead].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/**
 * The next meeting: one running, or the first not ended whose time has not passed. A meeting
 * opened but never started is passed over once its end time is behind us (its session waits in
 * the lobby until swept), so it does not hide the meetings after it.
 */
export function nextMeetingOf(timeline: GroupMeetingView[], now: number): GroupMeetingView | null {
  return (
    timeline.find(
      (m) => m.status === 'running' || (m.status !== 'ended' && Date.parse(m.endsAt) > now),
    ) ?? null
  );
}
