import type { GroupView } from '@intervision/shared';
import { groupCalendar } from './calendar.js';
import {
  calendarUrl,
  groupUrl,
  isOneToOne,
  requireFacilitator,
  type GroupCaller,
  type GroupDeps,
} from './groupDeps.js';
import { calendarTokenOf } from './groupEntry.js';
import { GroupScheduler } from './groupScheduler.js';
import { groupView } from './groupView.js';
import { meetingHooks } from './meetingHooks.js';
import { meetingState } from './meetingState.js';
import { meetingTimeline } from './meetingTimeline.js';
import type { StoredGroup } from '../store/groupStore.js';

export type { GroupCaller, GroupDeps } from './groupDeps.js';
export { createGroup } from './groupCreation.js';
export * as entry from './groupEntry.js';
export * as membership from './groupMembership.js';
export * as cases from './groupCases.js';
export { openMeetingNow } from './meetingOpening.js';
export { findMeeting, joinMeeting, NEXT_MEETING } from './meetingJoin.js';

/**
 * Groups over the session machinery: the scheduler that opens meetings, the hooks that tie a
 * meeting's session back to its group, and the reads (view, calendar) and deletion. The writes
 * live in their own parts (membership, cases, meeting opening and joining).
 */
export class GroupService {
  readonly scheduler: GroupScheduler;
  private readonly unlisten: () => void;

  constructor(readonly deps: GroupDeps) {
    this.scheduler = new GroupScheduler(deps);
    this.unlisten = deps.sessions.listen(meetingHooks(deps));
  }

  async view(caller: GroupCaller): Promise<GroupView> {
    const { deps } = this;
    const group = (await deps.store.getGroup(caller.group.id)) ?? caller.group;
    const me = (await deps.store.getMember(group.id, caller.member.id)) ?? caller.member;
    const meetings = await deps.store.listMeetings(group.id);
    const opened = await Promise.all(
      meetings.map(async (m) => ({ meeting: m, state: await meetingState(deps, m) })),
    );
    return groupView({
      group,
      me,
      calendarUrl: calendarUrl(deps, group.id, calendarTokenOf(caller)),
      members: await deps.store.listMembers(group.id),
      meetings,
      timeline: meetingTimeline(group, opened, deps.now(), deps.opensMinutes),
      cases: await deps.store.listCases(group.id),
      plan: isOneToOne(group) ? await deps.store.getPlan(group.id) : null,
      now: deps.now(),
    });
  }

  /** The group's meetings as iCalendar: the schedule's rule and every extra meeting. */
  async calendar(group: StoredGroup): Promise<string> {
    const extras = (await this.deps.store.listMeetings(group.id))
      .filter((m) => m.extra)
      .map((m) => ({ id: m.sessionId, startsAt: m.startsAt, endsAt: m.endsAt }));
    return groupCalendar(
      {
        groupId: group.id,
        title: group.title,
        schedule: group.schedule,
        extras,
        groupUrl: groupUrl(this.deps, group.id),
      },
      this.deps.now(),
    );
  }

  /**
   * The facilitator deletes the group and everything of it: each meeting's session goes as
   * `DELETE /api/sessions/:id` does (sockets told `deleted`, rows, media room), then the group's
   * rows, with the write-ahead log checkpointed.
   */
  async delete(caller: GroupCaller): Promise<void> {
    requireFacilitator(caller, 'delete the group');
    const { store, sessions, media, logger } = this.deps;
    const sessionIds: string[] = [];
    for (const m of await store.listMeetings(caller.group.id)) {
      if ((await store.getSession(m.sessionId)) !== undefined) sessionIds.push(m.sessionId);
    }
    for (const sessionId of sessionIds) await sessions.registry.discard(sessionId, 'deleted');
    await store.deleteGroup(caller.group.id);
    logger.info({ groupId: caller.group.id }, 'group deleted');
    await Promise.all(
      sessionIds.map((sessionId) =>
        media.deleteRoom(sessionId).catch((err: unknown) => {
          logger.warn({ sessionId, err }, 'media room not deleted');
        }),
      ),
    );
  }

  close(): void {
    this.unlisten();
  }
}
