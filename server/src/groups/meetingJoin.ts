import type { JoinSessionResponse } from '@intervision/shared';
import type { LiveSession } from '../sessions/liveSession.js';
import { hashSecret } from '../sessions/secrets.js';
import { issueMediaToken } from '../sessions/sessionMedia.js';
import { ServiceError } from '../sessions/serviceError.js';
import type { StoredMeeting } from '../store/groupStore.js';
import type { StoredParticipant } from '../store/sessionStore.js';
import { meetingCredential } from './groupCredentials.js';
import type { GroupCaller, GroupDeps } from './groupDeps.js';
import { meetingTimeline, nextMeetingOf } from './meetingTimeline.js';
import { meetingState } from './meetingState.js';
import { suggestPresenter } from './presenterSuggestion.js';

/** `meetingId` may be `next`: the group's next meeting, whichever it is. */
export const NEXT_MEETING = 'next';

/**
 * A member enters a meeting as themselves: identity = memberId in every meeting, and a
 * credential derived from their group credential, so two tabs, a reload or a second device are
 * one participant. The facilitator is the chair; members are peers under the group's cap.
 */
export async function joinMeeting(
  deps: GroupDeps,
  caller: GroupCaller,
  meetingId: string,
): Promise<JoinSessionResponse> {
  const meeting = await findMeeting(deps, caller, meetingId);
  const session = await deps.sessions.registry.require(meeting.sessionId);
  if (session.status === 'ended') {
    throw new ServiceError('session_ended', 'This meeting has ended.');
  }
  const credential = meetingCredential(caller.credential, session.id);
  const present = session.participants.get(caller.member.id);
  if (!present) await admit(deps, caller, session, credential);
  else if (present.credentialHash !== hashSecret(credential)) {
    // A new link (the facilitator renewing their own) changes the credential: the new one counts.
    const credentialHash = hashSecret(credential);
    await deps.store.updateParticipant(session.id, present.id, { credentialHash });
    session.participants.set(present.id, { ...present, credentialHash });
  }
  await presentIfSuggested(deps, caller, session);
  const identity = caller.member.id;
  const livekit = await issueMediaToken(deps.media, deps.logger, session, identity);
  return {
    credential,
    identity,
    role: session.roleOf(identity),
    sessionId: session.id,
    view: session.view(deps.now()),
    livekit,
    mediaError: livekit ? null : 'media_unavailable',
  };
}

/** The meeting a member asks for (`next`, or by its session id); refuses one not open yet. */
export async function findMeeting(
  deps: GroupDeps,
  caller: GroupCaller,
  meetingId: string,
): Promise<StoredMeeting> {
  const meetings = await deps.store.listMeetings(caller.group.id);
  if (meetingId !== NEXT_MEETING) {
    const meeting = meetings.find((m) => m.sessionId === meetingId);
    if (!meeting) throw new ServiceError('not_found', 'No such meeting in this group.');
    return meeting;
  }
  const opened = await Promise.all(
    meetings.map(async (m) => ({ meeting: m, state: await meetingState(deps, m) })),
  );
  const now = deps.now();
  const next = nextMeetingOf(meetingTimeline(caller.group, opened, now, deps.opensMinutes), now);
  if (!next) throw new ServiceError('not_found', 'This group has no meeting ahead.');
  const meeting = next.id && meetings.find((m) => m.sessionId === next.id);
  if (!meeting) {
    throw new ServiceError(
      'meeting_not_open',
      `The next meeting starts at ${next.startsAt}; its room opens at ${next.opensAt}.`,
    );
  }
  return meeting;
}

async function admit(
  deps: GroupDeps,
  caller: GroupCaller,
  session: LiveSession,
  credential: string,
): Promise<void> {
  const participant: StoredParticipant = {
    id: caller.member.id,
    sessionId: session.id,
    name: caller.member.name,
    joinRole: caller.member.role === 'facilitator' ? 'chair' : 'peer',
    credentialHash: hashSecret(credential),
    joinedAt: deps.now(),
    handRaisedAt: null,
  };
  const max = session.record.maxParticipants;
  if (!(await deps.store.addParticipantWithinCap(participant, max))) {
    throw new ServiceError('session_full', `This meeting is full (${max} members).`);
  }
  session.participants.set(participant.id, participant);
  deps.sessions.registry.publish(session);
}

/**
 * The suggested presenter becomes the presenter on entering, while the meeting is in the lobby
 * and nobody presents yet; the chair can still choose someone else with `presenter:set`.
 */
async function presentIfSuggested(
  deps: GroupDeps,
  caller: GroupCaller,
  session: LiveSession,
): Promise<void> {
  if (session.status !== 'lobby' || session.context.presenter !== null) return;
  const { group, member } = caller;
  const suggestion = suggestPresenter(
    await deps.store.listMembers(group.id),
    await deps.store.listCases(group.id),
    await deps.store.listMeetings(group.id),
    session.id,
  );
  // Read again after the awaits: someone may have been chosen meanwhile.
  if (suggestion?.memberId !== member.id || session.context.presenter !== null) return;
  // Through the machine, whose pipeline stores, broadcasts and has the media follow; the case's
  // question follows through the meeting hooks once the presenter is set.
  session.actor.send({ type: 'presenter.set', identity: member.id });
  await session.stored();
}
