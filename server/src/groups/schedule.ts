import { GROUP_LIMITS } from '@intervision/shared';
import { ServiceError } from '../sessions/serviceError.js';

// Placeholder until the calendar helper's version lands at this path: enough of RFC 5545 for
// the groups service and its tests (DAILY/WEEKLY/MONTHLY/YEARLY, INTERVAL, COUNT, UNTIL, BYDAY).

export interface GroupScheduleInput {
  start: string;
  timeZone: string;
  rrule?: string;
  dates?: string[];
  durationMinutes: number;
}

export interface MeetingSlot {
  startsAt: number;
  endsAt: number;
}

interface Wall {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
}

const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const FREQS = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];
const bad = (message: string) => new ServiceError('bad_request', message);

function formatter(timeZone: string): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
  } catch {
    throw bad(`schedule.timeZone: unknown time zone "${timeZone}".`);
  }
}

function wallOf(ms: number, timeZone: string): Wall {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(new Date(ms))
      .map((p) => [p.type, Number(p.value)]),
  );
  return { y: parts.year!, mo: parts.month!, d: parts.day!, h: parts.hour!, mi: parts.minute! };
}

const wallMs = (w: Wall) => Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi);

/** The instant a wall-clock time in the zone names (the later offset in a skipped hour). */
function toInstant(w: Wall, timeZone: string): number {
  const target = wallMs(w);
  let guess = target;
  for (let i = 0; i < 3; i++) guess = target - (wallMs(wallOf(guess, timeZone)) - guess);
  return guess;
}

const LOCAL =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/;

function parseWall(text: string, timeZone: string, field: string): Wall {
  const m = LOCAL.exec(text);
  if (!m) throw bad(`${field}: "${text}" is not an ISO date-time.`);
  if (m[6]) {
    const ms = Date.parse(text);
    if (Number.isNaN(ms)) throw bad(`${field}: "${text}" is not a valid date-time.`);
    return wallOf(ms, timeZone);
  }
  const w = { y: +m[1]!, mo: +m[2]!, d: +m[3]!, h: +m[4]!, mi: +m[5]! };
  const check = new Date(wallMs(w));
  if (check.getUTCMonth() + 1 !== w.mo || check.getUTCDate() !== w.d || w.h > 23 || w.mi > 59) {
    throw bad(`${field}: "${text}" is not a valid date-time.`);
  }
  return w;
}

interface Rule {
  freq: string;
  interval: number;
  count: number | null;
  until: number | null;
  byDay: Array<{ n: number; day: number }>;
}

function parseRule(text: string): Rule {
  const parts = new Map<string, string>();
  for (const part of text.split(';')) {
    const [k, v] = part.split('=');
    if (!k || v === undefined || v === '') throw bad(`schedule.rrule: cannot read "${part}".`);
    parts.set(k.toUpperCase(), v.toUpperCase());
  }
  const freq = parts.get('FREQ');
  if (!freq) throw bad('schedule.rrule: FREQ is required.');
  if (['SECONDLY', 'MINUTELY', 'HOURLY'].includes(freq)) {
    throw bad('schedule.rrule: meetings cannot repeat more often than daily.');
  }
  if (!FREQS.includes(freq)) throw bad(`schedule.rrule: unknown FREQ "${freq}".`);
  for (const k of parts.keys()) {
    if (!['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY'].includes(k)) {
      throw bad(`schedule.rrule: ${k} is not supported.`);
    }
  }
  const interval = Number(parts.get('INTERVAL') ?? '1');
  if (!Number.isInteger(interval) || interval < 1 || interval > 52) {
    throw bad('schedule.rrule: INTERVAL must be a whole number from 1 to 52.');
  }
  const countText = parts.get('COUNT');
  const count = countText === undefined ? null : Number(countText);
  if (count !== null && (!Number.isInteger(count) || count < 1 || count > 500)) {
    throw bad('schedule.rrule: COUNT must be a whole number from 1 to 500.');
  }
  const untilText = parts.get('UNTIL');
  let until: number | null = null;
  if (untilText !== undefined) {
    const u = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/.exec(untilText);
    if (!u) throw bad('schedule.rrule: UNTIL must look like 20271231 or 20271231T235959Z.');
    until = Date.UTC(+u[1]!, +u[2]! - 1, +u[3]!, +(u[4] ?? 23), +(u[5] ?? 59), +(u[6] ?? 59));
  }
  const byDay = (parts.get('BYDAY')?.split(',') ?? []).map((d) => {
    const m = /^([+-]?[1-5])?(SU|MO|TU|WE|TH|FR|SA)$/.exec(d);
    if (!m) throw bad(`schedule.rrule: BYDAY "${d}" is not a weekday such as TU or 2TU.`);
    return { n: m[1] ? Number(m[1]) : 0, day: DAYS.indexOf(m[2]!) };
  });
  return { freq, interval, count, until, byDay };
}

const addDays = (w: Wall, days: number): Wall => {
  const t = new Date(Date.UTC(w.y, w.mo - 1, w.d + days));
  return { ...w, y: t.getUTCFullYear(), mo: t.getUTCMonth() + 1, d: t.getUTCDate() };
};

/** The nth (or -nth) weekday of a month, or null when the month has none. */
function nthWeekday(y: number, mo: number, day: number, n: number): number | null {
  const daysIn = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  const matches: number[] = [];
  for (let d = 1; d <= daysIn; d++)
    if (new Date(Date.UTC(y, mo - 1, d)).getUTCDay() === day) matches.push(d);
  return (n > 0 ? matches[n - 1] : matches[matches.length + n]) ?? null;
}

/** Wall-clock occurrences in order, from the start, bounded. */
function* occurrences(start: Wall, rule: Rule): Generator<Wall> {
  let emitted = 0;
  for (let k = 0; k < 5000; k++) {
    const batch: Wall[] = [];
    if (rule.freq === 'DAILY') batch.push(addDays(start, k * rule.interval));
    else if (rule.freq === 'WEEKLY') {
      const weekStart = addDays(start, k * 7 * rule.interval);
      if (rule.byDay.length === 0) batch.push(weekStart);
      else {
        const startDay = new Date(wallMs(weekStart)).getUTCDay();
        for (const { day } of rule.byDay) batch.push(addDays(weekStart, (day - startDay + 7) % 7));
      }
    } else {
      const months = rule.freq === 'YEARLY' ? 12 * k * rule.interval : k * rule.interval;
      const y = start.y + Math.floor((start.mo - 1 + months) / 12);
      const mo = ((start.mo - 1 + months) % 12) + 1;
      if (rule.byDay.length === 0) {
        const daysIn = new Date(Date.UTC(y, mo, 0)).getUTCDate();
        if (start.d <= daysIn) batch.push({ ...start, y, mo });
      } else {
        for (const { n, day } of rule.byDay) {
          const d = nthWeekday(y, mo, day, n === 0 ? 1 : n);
          if (d !== null) batch.push({ ...start, y, mo, d });
        }
      }
    }
    batch.sort((a, b) => wallMs(a) - wallMs(b));
    for (const w of batch) {
      if (wallMs(w) < wallMs(start)) continue;
      if (rule.until !== null && wallMs(w) > rule.until) return;
      if (rule.count !== null && emitted >= rule.count) return;
      emitted++;
      yield w;
    }
  }
}

/** Throws ServiceError('bad_request', <clear message>) for an unknown time zone, an invalid or unbounded-too-fast RRULE (more often than daily), a start or any date in the past (before `now`), more than 52 dates. */
export function validateSchedule(s: GroupScheduleInput, now: number): void {
  formatter(s.timeZone);
  if (
    !Number.isInteger(s.durationMinutes) ||
    s.durationMinutes < GROUP_LIMITS.durationMinutesMin ||
    s.durationMinutes > GROUP_LIMITS.durationMinutesMax
  ) {
    throw bad('schedule.durationMinutes: a meeting lasts 15 to 480 minutes.');
  }
  if (s.rrule !== undefined && s.dates !== undefined) {
    throw bad('schedule: give either rrule or dates, not both.');
  }
  if ((s.dates?.length ?? 0) > GROUP_LIMITS.datesMax) {
    throw bad(`schedule.dates: at most ${GROUP_LIMITS.datesMax} dates.`);
  }
  const start = toInstant(parseWall(s.start, s.timeZone, 'schedule.start'), s.timeZone);
  if (start < now) throw bad('schedule.start: the first meeting is in the past.');
  for (const [i, d] of (s.dates ?? []).entries()) {
    if (toInstant(parseWall(d, s.timeZone, `schedule.dates.${i}`), s.timeZone) < now) {
      throw bad(`schedule.dates.${i}: "${d}" is in the past.`);
    }
  }
  if (s.rrule !== undefined) parseRule(s.rrule);
}

/** The next `count` slots whose start is at or after `fromMs`, in start order (wall-clock times kept across DST). */
export function upcomingSlots(s: GroupScheduleInput, fromMs: number, count: number): MeetingSlot[] {
  const durationMs = s.durationMinutes * 60_000;
  const start = parseWall(s.start, s.timeZone, 'schedule.start');
  const walls: Iterable<Wall> =
    s.rrule !== undefined
      ? occurrences(start, parseRule(s.rrule))
      : [start, ...(s.dates ?? []).map((d) => parseWall(d, s.timeZone, 'schedule.dates'))];
  const starts: number[] = [];
  for (const w of walls) {
    const at = toInstant(w, s.timeZone);
    if (at >= fromMs && !starts.includes(at)) starts.push(at);
    if (s.rrule !== undefined && starts.length >= count) break;
  }
  return starts
    .sort((a, b) => a - b)
    .slice(0, count)
    .map((startsAt) => ({ startsAt, endsAt: startsAt + durationMs }));
}
