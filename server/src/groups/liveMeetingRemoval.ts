import { removeParticipant } from '../sessions/participantRemoval.js';
import type { GroupDeps } from './groupDeps.js';

/**
 * Takes a member out of every meeting of the group that has not ended, through the session's own
 * participant removal (their row goes, their sockets close, the media room lets them go), so a
 * removed member or a replaced link stops working in a meeting at once too.
 */
export async function removeFromLiveMeetings(
  deps: GroupDeps,
  groupId: string,
  facilitatorId: string,
  memberId: string,
): Promise<void> {
  const removal = {
    registry: deps.sessions.registry,
    store: deps.store,
    media: deps.media,
    logger: deps.logger,
  };
  for (const meeting of await deps.store.listMeetings(groupId)) {
    if (meeting.endedAt !== null) continue;
    const session = await deps.store.getSession(meeting.sessionId);
    if (!session || session.status === 'ended') continue;
    const participants = await deps.store.listParticipants(session.id);
    if (!participants.some((p) => p.id === memberId)) continue;
    await removeParticipant(removal, { sessionId: session.id, identity: facilitatorId }, memberId);
  }
}
