import { findMethod } from '@intervision/shared';
import { hashSecret, newId, newSecret } from '../sessions/secrets.js';
import { ServiceError } from '../sessions/serviceError.js';
import type { StoredGroup } from '../store/groupStore.js';
import { requireFacilitator, type GroupCaller, type GroupDeps } from './groupDeps.js';
import { scheduledSlots } from './meetingTimeline.js';
import type { MeetingSlot } from './schedule.js';

/** Length of a meeting held without a schedule to take it from. */
const DEFAULT_MEETING_MINUTES = 60;
/**
 * An extra meeting's session is made when it is opened; a session that does not start is swept
 * after `SESSION_LOBBY_TTL_HOURS` (7 days by default), so extras are held within six days.
 */
const EXTRA_AHEAD_MS = 6 * 24 * 3_600_000;
/** A start given a little in the past (a slow form, a clock off by a minute) means "now". */
const PAST_SLACK_MS = 5 * 60_000;

/**
 * Opens a meeting: its session (the group's method and durations, chaired by the facilitator,
 * peers capped at the group's size) and its row, in one transaction. A slot already opened is
 * never opened again: the answer is that meeting's session id.
 */
export async function openMeeting(
  deps: GroupDeps,
  group: StoredGroup,
  slot: MeetingSlot,
  extra: boolean,
): Promise<string> {
  const method = findMethod(group.methodId);
  if (!method) throw new ServiceError('internal', `Group ${group.id} has an unknown method.`);
  const sessionId = newId();
  const now = deps.now();
  const opened = await deps.store.openMeeting(
    {
      groupId: group.id,
      sessionId,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      extra,
      openedAt: now,
      endedAt: null,
      presenterId: null,
      attendeeIds: [],
    },
    {
      id: sessionId,
      title: group.title,
      methodId: method.id,
      phases: method.phases.map((p) => ({
        id: p.id,
        title: p.title,
        seconds: group.durations[p.id] ?? p.defaultSeconds,
      })),
      autoAdvance: true,
      maxParticipants: group.maxMembers,
      // Nobody gets these links: members enter a meeting through the group.
      chairSecretHash: hashSecret(newSecret()),
      inviteSecretHash: hashSecret(newSecret()),
      createdAt: now,
      status: 'lobby',
      snapshot: null,
      groupId: group.id,
    },
  );
  if (opened) {
    deps.logger.info({ groupId: group.id, sessionId, startsAt: slot.startsAt }, 'meeting opened');
    return sessionId;
  }
  const existing = (await deps.store.listMeetings(group.id)).find(
    (m) => m.startsAt === slot.startsAt,
  );
  if (!existing) throw new ServiceError('internal', 'A meeting slot was taken and then lost.');
  return existing.sessionId;
}

/**
 * The facilitator opens a meeting now: at `startsAt` an extra one; without it the next scheduled
 * one (or, with none left, an extra one starting now).
 */
export async function openMeetingNow(
  deps: GroupDeps,
  caller: GroupCaller,
  startsAt: string | undefined,
): Promise<string> {
  requireFacilitator(caller, 'open meetings');
  const { group } = caller;
  const now = deps.now();
  const minutes = group.schedule?.durationMinutes ?? DEFAULT_MEETING_MINUTES;
  if (startsAt === undefined) {
    // Pressed twice, or while a meeting is open: that meeting, not another one.
    const meetings = await deps.store.listMeetings(group.id);
    for (const m of meetings) {
      const status = (await deps.store.getSession(m.sessionId))?.status;
      if (m.endedAt !== null || status === undefined || status === 'ended') continue;
      if (status !== 'lobby' || m.endsAt > now) return m.sessionId;
    }
    const next = scheduledSlots(group, meetings, now, 1)[0];
    if (next) return openMeeting(deps, group, next, false);
    return openMeeting(deps, group, { startsAt: now, endsAt: now + minutes * 60_000 }, true);
  }
  const at = Date.parse(startsAt);
  if (Number.isNaN(at)) throw new ServiceError('bad_request', 'startsAt: not a valid date-time.');
  if (at < now - PAST_SLACK_MS)
    throw new ServiceError('bad_request', 'startsAt: that is in the past.');
  if (at > now + EXTRA_AHEAD_MS) {
    throw new ServiceError('bad_request', 'startsAt: an extra meeting is held within six days.');
  }
  return openMeeting(deps, group, { startsAt: at, endsAt: at + minutes * 60_000 }, true);
}
