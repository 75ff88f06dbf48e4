import { ServiceError } from '../sessions/serviceError.js';
import type { GroupScheduleInput } from './schedule.js';
import { parseRule, type ScheduleRule } from './scheduleRule.js';
import {
  floatingMs,
  isKnownTimeZone,
  toInstant,
  toLocal,
  type LocalDateTime,
} from './scheduleTime.js';

export const MAX_DATES = 52;
export const MIN_DURATION_MINUTES = 15;
export const MAX_DURATION_MINUTES = 480;

/** A schedule whose every part has been read and checked, in the zone's wall-clock time. */
export interface ParsedSchedule {
  timeZone: string;
  start: LocalDateTime;
  durationMinutes: number;
  rule: ScheduleRule | null;
  /** Further meetings of a dates list, besides `start`, in order and without repeats. */
  dates: LocalDateTime[];
}

function bad(message: string): never {
  throw new ServiceError('bad_request', message);
}

const LOCAL_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})?$/;

/** Reads "2027-01-12T10:00" as wall-clock time in `timeZone`; with Z or an offset, as that instant. */
function parseDateTime(what: string, text: unknown, timeZone: string): LocalDateTime {
  const m = typeof text === 'string' ? LOCAL_DATE_TIME.exec(text) : null;
  if (!m)
    bad(`${what} must be a date and time such as "2027-01-12T10:00", got ${JSON.stringify(text)}.`);
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const local = { year: +y!, month: +mo!, day: +d!, hour: +h!, minute: +mi! };
  const check = new Date(Date.UTC(local.year, local.month - 1, local.day));
  if (check.getUTCMonth() !== local.month - 1 || local.hour > 23 || local.minute > 59) {
    bad(`${what} "${String(text)}" is not a real date and time.`);
  }
  if (+(s ?? 0) !== 0 || +(frac ?? 0) !== 0)
    bad(`${what} "${String(text)}" must be on a whole minute.`);
  if (zone === undefined) return local;
  const sign = zone.startsWith('-') ? -1 : 1;
  const offset =
    zone === 'Z' ? 0 : sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  return toLocal(floatingMs(local) - offset * 60_000, timeZone);
}

/** Reads and checks a schedule; anything wrong is a `bad_request` that says what and how to fix it. */
export function parseSchedule(s: GroupScheduleInput): ParsedSchedule {
  if (typeof s.timeZone !== 'string' || !isKnownTimeZone(s.timeZone)) {
    bad(
      `Unknown time zone ${JSON.stringify(s.timeZone)}: use an IANA name such as "Europe/London".`,
    );
  }
  const d = s.durationMinutes;
  if (!Number.isInteger(d) || d < MIN_DURATION_MINUTES || d > MAX_DURATION_MINUTES) {
    bad(
      `durationMinutes must be a whole number from ${MIN_DURATION_MINUTES} to ${MAX_DURATION_MINUTES}, got ${String(d)}.`,
    );
  }
  const start = parseDateTime('start', s.start, s.timeZone);
  // A form's empty "repeat" field (null, "" or []) means no rule and no list, not a bad one.
  const rruleIn: unknown = s.rrule;
  const datesIn: unknown = s.dates;
  const hasRule = rruleIn !== undefined && rruleIn !== null && rruleIn !== '';
  const hasDates =
    datesIn !== undefined && datesIn !== null && !(Array.isArray(datesIn) && datesIn.length === 0);
  if (hasRule && hasDates) bad('Give rrule or dates, not both.');
  let dates: LocalDateTime[] = [];
  if (hasDates) {
    if (!Array.isArray(datesIn)) bad('dates must be a list of date-times.');
    if (datesIn.length > MAX_DATES) bad(`At most ${MAX_DATES} dates, got ${datesIn.length}.`);
    const seen = new Set<number>([toInstant(start, s.timeZone)]);
    for (const text of datesIn as unknown[]) {
      const local = parseDateTime('Each of dates', text, s.timeZone);
      const instant = toInstant(local, s.timeZone);
      if (seen.has(instant)) continue; // The start is always a meeting; listing it again adds none.
      seen.add(instant);
      dates.push(local);
    }
    dates = dates.sort((a, b) => floatingMs(a) - floatingMs(b));
  }
  if (hasRule && typeof rruleIn !== 'string')
    bad('rrule must be text such as "FREQ=MONTHLY;BYDAY=2TU".');
  const rule =
    typeof rruleIn === 'string' && hasRule ? parseRule(rruleIn, start, s.timeZone) : null;
  return { timeZone: s.timeZone, start, durationMinutes: d, rule, dates };
}
