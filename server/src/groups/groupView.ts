import type { GroupMeetingView, GroupView } from '@intervision/shared';
import type {
  StoredCase,
  StoredGroup,
  StoredMeeting,
  StoredMember,
  StoredPlan,
} from '../store/groupStore.js';
import { nextMeetingOf } from './meetingTimeline.js';
import { lastPresented, suggestPresenter } from './presenterSuggestion.js';

export interface GroupViewInput {
  group: StoredGroup;
  me: StoredMember;
  calendarUrl: string;
  members: StoredMember[];
  meetings: StoredMeeting[];
  timeline: GroupMeetingView[];
  cases: StoredCase[];
  /** Only for one-to-one groups. */
  plan: StoredPlan | null | undefined;
  now: number;
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The group as one caller may see it: everyone sees the members' names, the meetings and who is
 * suggested to present; only the facilitator sees every case, a member only their own.
 */
export function groupView(input: GroupViewInput): GroupView {
  const { group, me, members, meetings, timeline } = input;
  const facilitator = me.role === 'facilitator';
  const names = new Map(members.map((m) => [m.id, m.name]));
  const last = lastPresented(meetings);
  const nextMeeting = nextMeetingOf(timeline, input.now);
  const suggestion = suggestPresenter(members, input.cases, meetings, nextMeeting?.id ?? null);
  const mayKnowCase = (authorId: string) => facilitator || authorId === me.id;
  return {
    id: group.id,
    title: group.title,
    method: group.methodId,
    durations: group.durations,
    agreement: group.agreement,
    enrolmentOpen: group.enrolmentOpen,
    maxMembers: group.maxMembers,
    timeZone: group.schedule?.timeZone ?? null,
    me: {
      memberId: me.id,
      name: me.name,
      role: me.role,
      agreementAcceptedAt: me.agreementAcceptedAt === null ? null : iso(me.agreementAcceptedAt),
      calendarUrl: input.calendarUrl,
    },
    members: members.map((m) => {
      const presented = last.get(m.id);
      return {
        id: m.id,
        name: m.name,
        role: m.role,
        lastPresentedAt: presented === undefined ? null : iso(presented),
        attended: meetings.filter((x) => x.endedAt !== null && x.attendeeIds.includes(m.id)).length,
      };
    }),
    meetings: timeline,
    nextMeeting,
    suggestedPresenter: suggestion && {
      ...suggestion,
      caseId:
        suggestion.caseId !== null && mayKnowCase(suggestion.memberId) ? suggestion.caseId : null,
    },
    cases: input.cases
      .filter((c) => mayKnowCase(c.authorId))
      .map((c) => ({
        id: c.id,
        title: c.title,
        question: c.question,
        authorId: c.authorId,
        authorName: names.get(c.authorId) ?? '',
        meetingId: c.meetingId,
        createdAt: iso(c.createdAt),
      })),
    plan: input.plan ? { text: input.plan.text, updatedAt: iso(input.plan.updatedAt) } : null,
  };
}
