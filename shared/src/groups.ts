import { z } from 'zod';
import { LIMITS } from './limits.js';
import type { Role } from './roles.js';

/** Bounds of the groups contract, shared by the schemas and the UI. */
export const GROUP_LIMITS = {
  /** A group has at most this many members (the facilitator is not counted). */
  membersMax: 8,
  membersMin: 1,
  defaultMaxMembers: 8,
  agreementMax: 5_000,
  caseTitleMax: LIMITS.titleMax,
  caseQuestionMax: LIMITS.questionMax,
  planMax: 20_000,
  /** A fixed list of dates holds at most this many meetings. */
  datesMax: 52,
  durationMinutesMin: 15,
  durationMinutesMax: 480,
  rruleMax: 200,
  timeZoneMax: 64,
  /** `GET /api/groups/:id` lists at least this many scheduled meetings ahead. */
  upcomingMeetings: 6,
} as const;

const trimmed = (max: number) => z.string().trim().min(1).max(max);
const phaseSeconds = z.number().int().min(LIMITS.phaseSecondsMin).max(LIMITS.phaseSecondsMax);
/** An ISO date-time: local (`2027-01-12T10:00`, seconds optional) or with an offset or `Z`. */
const isoDateTime = z
  .string()
  .max(40)
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/,
    'expected an ISO date-time such as 2027-01-12T10:00',
  );

/**
 * A group's schedule. `start` is a date-time in `timeZone` (an offset or `Z` is accepted too);
 * `rrule` is an RFC 5545 RRULE value without the `RRULE:` prefix (e.g. `FREQ=MONTHLY;BYDAY=2TU`,
 * `FREQ=WEEKLY;INTERVAL=2`); `dates` is a fixed list of further date-times in `timeZone`. At most
 * one of `rrule` and `dates`; neither means a single meeting at `start`.
 */
export const groupScheduleSchema = z
  .object({
    start: isoDateTime,
    timeZone: z.string().min(1).max(GROUP_LIMITS.timeZoneMax),
    rrule: z.string().trim().min(1).max(GROUP_LIMITS.rruleMax).optional(),
    dates: z.array(isoDateTime).min(1).max(GROUP_LIMITS.datesMax).optional(),
    durationMinutes: z
      .number()
      .int()
      .min(GROUP_LIMITS.durationMinutesMin)
      .max(GROUP_LIMITS.durationMinutesMax),
  })
  .strict()
  .refine((s) => s.rrule === undefined || s.dates === undefined, {
    message: 'give either rrule or dates, not both',
  });
export type GroupSchedule = z.infer<typeof groupScheduleSchema>;

/** `POST /api/groups` body. Durations are seconds per phase id of `method`, as for sessions. */
export const createGroupSchema = z
  .object({
    title: trimmed(LIMITS.titleMax),
    /** How the facilitator is named to the group and in the room; "Facilitator" when absent. */
    facilitatorName: trimmed(LIMITS.nameMax).optional(),
    method: z.string().min(1).max(60),
    durations: z.record(z.string().max(60), phaseSeconds).optional(),
    maxMembers: z
      .number()
      .int()
      .min(GROUP_LIMITS.membersMin)
      .max(GROUP_LIMITS.membersMax)
      .optional(),
    agreement: z.string().trim().max(GROUP_LIMITS.agreementMax).optional(),
    schedule: groupScheduleSchema.optional(),
  })
  .strict();
export type CreateGroupRequest = z.infer<typeof createGroupSchema>;

/**
 * `POST /api/groups/:id/enter` body. `secret` is the one in a link's fragment (facilitator,
 * personal or enrolment link); `name` is required with the enrolment secret and ignored otherwise.
 */
export const enterGroupSchema = z
  .object({
    secret: z.string().min(1).max(LIMITS.secretMax),
    name: trimmed(LIMITS.nameMax).optional(),
  })
  .strict();
export type EnterGroupRequest = z.infer<typeof enterGroupSchema>;

/** `POST /api/groups/:id/members` body (facilitator). */
export const addMemberSchema = z.object({ name: trimmed(LIMITS.nameMax) }).strict();
export type AddMemberRequest = z.infer<typeof addMemberSchema>;

/**
 * `POST /api/groups/:id/cases` body (a member). `meetingId` attaches the case to one opened
 * meeting (its session id); without it the case waits for the next meeting.
 */
export const addCaseSchema = z
  .object({
    title: trimmed(GROUP_LIMITS.caseTitleMax),
    question: trimmed(GROUP_LIMITS.caseQuestionMax),
    meetingId: z
      .string()
      .regex(/^[A-Za-z0-9_-]{8,64}$/)
      .optional(),
  })
  .strict();
export type AddCaseRequest = z.infer<typeof addCaseSchema>;

/**
 * `POST /api/groups/:id/meetings` body (facilitator). With `startsAt` (ISO with offset or `Z`,
 * not in the past) an extra meeting is held at that time and opened now; without it the next
 * scheduled meeting is opened now (or, with no schedule left, an extra one starting now).
 */
export const openMeetingSchema = z
  .object({
    startsAt: z
      .string()
      .max(40)
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/)
      .optional(),
  })
  .strict();
export type OpenMeetingRequest = z.infer<typeof openMeetingSchema>;

/** `PATCH /api/groups/:id` body (facilitator): only the fields given change. */
export const patchGroupSchema = z
  .object({
    title: trimmed(LIMITS.titleMax).optional(),
    agreement: z.string().trim().max(GROUP_LIMITS.agreementMax).optional(),
    maxMembers: z
      .number()
      .int()
      .min(GROUP_LIMITS.membersMin)
      .max(GROUP_LIMITS.membersMax)
      .optional(),
    enrolmentOpen: z.boolean().optional(),
  })
  .strict();
export type PatchGroupRequest = z.infer<typeof patchGroupSchema>;

/** `PUT /api/groups/:id/plan` body: the development plan of a one-to-one group (plain/Markdown). */
export const groupPlanSchema = z.object({ text: z.string().max(GROUP_LIMITS.planMax) }).strict();
export type GroupPlanRequest = z.infer<typeof groupPlanSchema>;

/** Group and member ids are server-generated url-safe strings. */
export const groupIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

/** A member's role in a group: the facilitator chairs every meeting. */
export type GroupRole = 'facilitator' | 'member';

/** `POST /api/groups` → 201. The urls carry their secret in the fragment (`#k=…`). */
export interface CreateGroupResponse {
  id: string;
  /** `<PUBLIC_URL>/g/<id>#k=<secret>`: the facilitator's own link; keep it private. */
  facilitatorUrl: string;
  /** `<PUBLIC_URL>/g/<id>/enrol#k=<secret>`: people enter their name once and get a personal link. */
  enrolUrl: string;
}

/** `POST /api/groups/:id/enter` → 200. */
export interface EnterGroupResponse {
  /**
   * Bearer credential for the group routes; derived from the link's secret, so every device and
   * tab of one member gets the same one. Keep it private.
   */
  credential: string;
  memberId: string;
  role: GroupRole;
  /** The caller's own link (`<PUBLIC_URL>/g/<id>#k=<secret>`); for the enrolment link, the new one. */
  personalUrl: string;
}

/** `POST /api/groups/:id/members` → 201. */
export interface AddMemberResponse {
  memberId: string;
  /** The member's personal link to send them. */
  personalUrl: string;
}

/** `POST /api/groups/:id/members/:memberId/link` → 200: a new link; the old one stops working. */
export interface PersonalLinkResponse {
  personalUrl: string;
}

/** `POST /api/groups/:id/cases` → 201. */
export interface AddCaseResponse {
  id: string;
}

/** `POST /api/groups/:id/meetings` → 201. `meetingId` is the meeting's session id. */
export interface OpenMeetingResponse {
  meetingId: string;
}

/** The caller as the group sees them. */
export interface GroupMe {
  memberId: string;
  name: string;
  role: GroupRole;
  /** When the caller accepted the agreement (UTC ISO), or null. */
  agreementAcceptedAt: string | null;
  /** The caller's subscribable calendar (`…/calendar.ics?token=…`); keep it private. */
  calendarUrl: string;
}

/** One member as the group shows them. */
export interface GroupMemberView {
  id: string;
  name: string;
  role: GroupRole;
  /** When they last presented (UTC ISO, the meeting's start), or null. */
  lastPresentedAt: string | null;
  /** How many ended meetings they attended. */
  attended: number;
}

/**
 * Where a meeting is: `scheduled` (no session yet), `open` (its session exists, in the lobby),
 * `running` (its session started, paused included), `ended` (its session ended).
 */
export type GroupMeetingStatus = 'scheduled' | 'open' | 'running' | 'ended';

/** One meeting, scheduled ahead or held. Times are UTC ISO strings. */
export interface GroupMeetingView {
  /** The meeting's session id once it has been opened; null while only scheduled. */
  id: string | null;
  startsAt: string;
  endsAt: string;
  /** When its room opens by itself (`startsAt` minus `GROUP_MEETING_OPENS_MINUTES`). */
  opensAt: string;
  status: GroupMeetingStatus;
  /** Who presents (memberId): chosen in the session, or recorded once it ended; else null. */
  presenterId: string | null;
  /** memberIds of who joined the meeting (so far, or in the end). */
  attendeeIds: string[];
}

/** Who is suggested to present next, and the case they bring (if any). */
export interface SuggestedPresenter {
  memberId: string;
  name: string;
  caseId: string | null;
}

/** A case a member brings. A member sees only their own; the facilitator sees all. */
export interface GroupCaseView {
  id: string;
  title: string;
  question: string;
  authorId: string;
  authorName: string;
  /** The meeting (session id) it is attached to, or null for the next meeting. */
  meetingId: string | null;
  /** UTC ISO. */
  createdAt: string;
}

/** The development plan of a one-to-one group. */
export interface GroupPlanView {
  text: string;
  /** UTC ISO. */
  updatedAt: string;
}

/** `GET /api/groups/:id` (and `PATCH`) → 200: the group as its caller may see it. */
export interface GroupView {
  id: string;
  title: string;
  method: string;
  /** Seconds per phase id, as for sessions (the method's defaults where not given). */
  durations: Record<string, number>;
  agreement: string;
  enrolmentOpen: boolean;
  maxMembers: number;
  /** The schedule's IANA time zone, or null without a schedule. */
  timeZone: string | null;
  me: GroupMe;
  /** Every member (names are visible to all members), facilitator first. */
  members: GroupMemberView[];
  /** Held meetings and the scheduled ones ahead (at least six), in start order. */
  meetings: GroupMeetingView[];
  /** The first meeting not ended, or null. */
  nextMeeting: GroupMeetingView | null;
  suggestedPresenter: SuggestedPresenter | null;
  cases: GroupCaseView[];
  /** One-to-one groups only; null otherwise or before anything was written. */
  plan: GroupPlanView | null;
}

/** A session's role for a group member in a meeting: the facilitator chairs. */
export function meetingRoleOf(role: GroupRole): Role {
  return role === 'facilitator' ? 'chair' : 'peer';
}
