import { ServiceError } from '../sessions/serviceError.js';
import { parseSchedule, type ParsedSchedule } from './scheduleParse.js';
import { floatingMs, toInstant, type LocalDateTime } from './scheduleTime.js';

/**
 * When a group meets. `start` and `dates` are wall-clock date-times in `timeZone`
 * ("2027-01-12T10:00"; an offset or Z is accepted and converted); `rrule` is an RFC 5545 RRULE
 * value without "RRULE:"; neither `rrule` nor `dates` means one meeting at `start`.
 */
export interface GroupScheduleInput {
  start: string;
  timeZone: string;
  rrule?: string;
  dates?: string[];
  durationMinutes: number;
}

/** One meeting's time, as epoch ms (UTC instants). */
export interface MeetingSlot {
  startsAt: number;
  endsAt: number;
}

function isoLocal(l: LocalDateTime): string {
  return new Date(floatingMs(l)).toISOString().slice(0, 16);
}

/**
 * Throws ServiceError('bad_request', <clear message>) for an unknown time zone, an invalid or
 * unbounded-too-fast RRULE (more often than daily), a start or any date in the past (before
 * `now`), more than 52 dates, a length outside 15–480 minutes, or a start that the rule does not
 * give (calendar programs always count the start as the first meeting, so it must fit the rule).
 */
export function validateSchedule(s: GroupScheduleInput, now: number): void {
  const parsed = parseSchedule(s);
  const startMs = toInstant(parsed.start, parsed.timeZone);
  if (startMs < now)
    bad(`The start ${isoLocal(parsed.start)} (${parsed.timeZone}) is in the past.`);
  for (const date of parsed.dates) {
    if (toInstant(date, parsed.timeZone) < now) {
      bad(`The date ${isoLocal(date)} (${parsed.timeZone}) is in the past.`);
    }
  }
  if (parsed.rule) {
    const { rule } = parsed;
    if (rule.untilMs !== null && rule.untilMs < startMs)
      bad('Invalid RRULE: UNTIL is before the start.');
    const first = rule.first();
    if (first === null) bad('Invalid RRULE: it gives no meeting at all.');
    if (floatingMs(first) !== floatingMs(parsed.start)) {
      bad(
        `The start ${isoLocal(parsed.start)} is not one of the rule's meetings (the first would be ` +
          `${isoLocal(first)}): start on a day the rule gives.`,
      );
    }
  }
}

function bad(message: string): never {
  throw new ServiceError('bad_request', message);
}

/** Each meeting's local start, in order, until `visit` returns false. */
function walkStarts(p: ParsedSchedule, visit: (local: LocalDateTime) => boolean): void {
  if (p.rule) {
    p.rule.walk(visit);
    return;
  }
  const all = [p.start, ...p.dates].sort((a, b) => floatingMs(a) - floatingMs(b));
  for (const local of all) if (!visit(local)) return;
}

/** The next `count` slots whose start is at or after `fromMs`, in start order (wall-clock times kept across DST). */
export function upcomingSlots(s: GroupScheduleInput, fromMs: number, count: number): MeetingSlot[] {
  const p = parseSchedule(s);
  const slots: MeetingSlot[] = [];
  if (count <= 0) return slots;
  const untilMs = p.rule?.untilMs ?? Infinity;
  walkStarts(p, (local) => {
    const startsAt = toInstant(local, p.timeZone);
    if (startsAt > untilMs) return false;
    if (startsAt >= fromMs) slots.push({ startsAt, endsAt: startsAt + p.durationMinutes * 60_000 });
    return slots.length < count;
  });
  return slots;
}
