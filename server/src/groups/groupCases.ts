import type { AddCaseRequest } from '@intervision/shared';
import { newId } from '../sessions/secrets.js';
import { ServiceError } from '../sessions/serviceError.js';
import { isOneToOne, type GroupCaller, type GroupDeps } from './groupDeps.js';

/** A member keeps at most this many cases waiting, so the queue stays a queue. */
export const OPEN_CASES_PER_MEMBER = 5;

/** A member brings a case for the next meeting, or for one opened meeting that has not ended. */
export async function addCase(
  deps: GroupDeps,
  caller: GroupCaller,
  req: AddCaseRequest,
): Promise<string> {
  const { group, member } = caller;
  if (member.role !== 'member') {
    throw new ServiceError('forbidden', 'Members bring cases; the facilitator chairs.');
  }
  if (req.meetingId !== undefined) {
    const meeting = await deps.store.findMeetingBySession(req.meetingId);
    if (!meeting || meeting.groupId !== group.id || meeting.endedAt !== null) {
      throw new ServiceError(
        'bad_request',
        'meetingId: no coming meeting of this group has that id.',
      );
    }
  }
  const mine = (await deps.store.listCases(group.id)).filter((c) => c.authorId === member.id);
  if (mine.length >= OPEN_CASES_PER_MEMBER) {
    throw new ServiceError(
      'bad_request',
      `You already have ${OPEN_CASES_PER_MEMBER} cases waiting; withdraw one first.`,
    );
  }
  const id = newId();
  await deps.store.addCase({
    id,
    groupId: group.id,
    authorId: member.id,
    title: req.title,
    question: req.question,
    meetingId: req.meetingId ?? null,
    createdAt: deps.now(),
  });
  return id;
}

/** Its author or the facilitator withdraws a case; its text is deleted. */
export async function withdrawCase(
  deps: GroupDeps,
  caller: GroupCaller,
  caseId: string,
): Promise<void> {
  const c = await deps.store.getCase(caller.group.id, caseId);
  if (!c) throw new ServiceError('not_found', 'No such case in this group.');
  if (c.authorId !== caller.member.id && caller.member.role !== 'facilitator') {
    throw new ServiceError('forbidden', 'Only its author or the facilitator can withdraw a case.');
  }
  await deps.store.deleteCase(caller.group.id, caseId);
}

/** The development plan of a one-to-one group; both of its people may write it. */
export async function savePlan(deps: GroupDeps, caller: GroupCaller, text: string): Promise<void> {
  if (!isOneToOne(caller.group)) {
    throw new ServiceError('forbidden', 'Only a one-to-one group keeps a development plan.');
  }
  await deps.store.savePlan({ groupId: caller.group.id, text, updatedAt: deps.now() });
}
