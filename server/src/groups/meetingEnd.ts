import type { GroupDeps } from './groupDeps.js';

interface EndedSnapshot {
  context?: { presenter?: string | null; question?: string | null; endedAt?: number | null };
}

/**
 * Records a meeting whose session ended, once: who attended and who presented stay with the
 * group; the case presented and every case attached to the meeting are deleted, and the
 * question is cleared from the session's stored snapshot, so the case text is gone from the file
 * (the store checkpoints its write-ahead log). A meeting whose session was deleted is recorded
 * with whatever is left. Answers whether it recorded anything.
 */
export async function finishMeeting(deps: GroupDeps, sessionId: string): Promise<boolean> {
  const meeting = await deps.store.findMeetingBySession(sessionId);
  if (!meeting || meeting.endedAt !== null) return false;
  const session = await deps.store.getSession(sessionId);
  if (session && session.status !== 'ended') return false;
  const snapshot = (session?.snapshot ?? null) as EndedSnapshot | null;
  const ctx = snapshot?.context ?? {};
  const presenterId = ctx.presenter ?? null;
  const question = ctx.question ?? null;
  const presented = (await deps.store.listCases(meeting.groupId)).find(
    (c) =>
      c.authorId === presenterId &&
      (c.meetingId === sessionId || (c.meetingId === null && c.question === question)),
  );
  if (session && snapshot && question !== null) {
    // The session's own epoch: the fence is for live owners, not for this scrub after the end.
    await deps.store.saveSnapshot(
      sessionId,
      'ended',
      { ...snapshot, context: { ...ctx, question: null } },
      session.snapshotEpoch ?? 0,
    );
  }
  const attendees = session ? await deps.store.listParticipants(sessionId) : [];
  const finished = await deps.store.finishMeeting(sessionId, {
    endedAt: ctx.endedAt ?? deps.now(),
    presenterId,
    attendeeIds: attendees.map((p) => p.id),
    presentedCaseId: presented?.id ?? null,
  });
  if (finished) deps.logger.info({ groupId: meeting.groupId, sessionId }, 'meeting ended');
  return finished;
}
