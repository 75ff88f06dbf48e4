import type { GroupSchedule } from '@intervision/shared';

/** How the meetings repeat, as the facilitator chooses it in the form. */
export type Repeat =
  | { kind: 'none' }
  | { kind: 'weeks'; interval: number }
  | { kind: 'monthly' }
  | { kind: 'dates'; dates: string[] };

/** What the schedule part of the create form holds: local date and time in `timeZone`. */
export interface ScheduleForm {
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:mm` */
  time: string;
  timeZone: string;
  repeat: Repeat;
  durationMinutes: number;
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * Which weekday of its month a date is: the 12th of January 2027 is the second Tuesday. A fifth
 * weekday becomes the last (-1), because most months have no fifth one.
 */
export function nthWeekday(date: string): { n: number; weekday: Weekday } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Calendar arithmetic in UTC, so the browser's own zone cannot shift the day.
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCDate() !== day) return null;
  const n = Math.ceil(day / 7);
  return { n: n === 5 ? -1 : n, weekday: WEEKDAYS[d.getUTCDay()] ?? 'MO' };
}

/** The RFC 5545 RRULE value (without `RRULE:`) for a repeat, or null when there is no rule. */
export function rruleFor(repeat: Repeat, date: string): string | null {
  switch (repeat.kind) {
    case 'weeks':
      return repeat.interval === 1 ? 'FREQ=WEEKLY' : `FREQ=WEEKLY;INTERVAL=${repeat.interval}`;
    case 'monthly': {
      const nth = nthWeekday(date);
      return nth ? `FREQ=MONTHLY;BYDAY=${nth.n}${nth.weekday}` : null;
    }
    case 'none':
    case 'dates':
      return null;
  }
}

/**
 * The `schedule` of `POST /api/groups`: a rule, the further dates after the first meeting (the
 * first is `start`, so it is not repeated in `dates`), or one meeting.
 */
export function buildSchedule(form: ScheduleForm): GroupSchedule {
  const start = `${form.date}T${form.time}`;
  const base: GroupSchedule = {
    start,
    timeZone: form.timeZone,
    durationMinutes: form.durationMinutes,
  };
  if (form.repeat.kind === 'dates') {
    const dates = [
      ...new Set(form.repeat.dates.filter((d) => d !== '').map((d) => `${d}T${form.time}`)),
    ]
      .filter((d) => d !== start)
      .sort();
    return dates.length > 0 ? { ...base, dates } : base;
  }
  const rrule = rruleFor(form.repeat, form.date);
  return rrule ? { ...base, rrule } : base;
}
