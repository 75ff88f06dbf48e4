/**
 * Wall-clock time in an IANA zone, from the runtime's own time-zone data (`Intl`), so the
 * expansion here and the VTIMEZONE written into calendar files agree with each other.
 */

/** A local date-time as written on a wall clock (month 1–12), with no zone attached. */
export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether the runtime knows `timeZone` as a zone name (IANA names, `UTC`). */
export function isKnownTimeZone(timeZone: string): boolean {
  if (timeZone.length === 0 || timeZone.length > 64) return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock reading of `instant` (epoch ms) in `timeZone`, to the second. */
function wallClockMs(instant: number, timeZone: string): number {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(instant))) parts[p.type] = p.value;
  const year = Number(parts.year) * (parts.era === 'BC' ? -1 : 1);
  return Date.UTC(
    year,
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
}

/** The zone's offset from UTC at `instant`, in minutes (east positive: London in summer is 60). */
export function offsetMinutes(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return Math.round((wallClockMs(whole, timeZone) - whole) / 60_000);
}

/** The local wall-clock date-time of `instant` in `timeZone`. */
export function toLocal(instant: number, timeZone: string): LocalDateTime {
  const d = new Date(instant + offsetMinutes(instant, timeZone) * 60_000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
  };
}

/** A local date-time as if it were UTC: "floating" time, the frame RRULEs are expanded in. */
export function floatingMs(l: LocalDateTime): number {
  return Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute);
}

export function fromFloating(ms: number): LocalDateTime {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
  };
}

const HALF_DAY = 12 * 3_600_000;

/**
 * The instant at which clocks in `timeZone` show `local`. The two hours a year that are not
 * one-to-one follow RFC 5545 §3.3.5, which calendar programs apply to the files we send:
 * - a time that does not exist (skipped when clocks go forward) is read with the offset from
 *   before the gap, so 01:30 on the spring-forward day in London is 02:30 BST;
 * - a time that happens twice (clocks go back) is the first of the two, still in summer time.
 */
export function toInstant(local: LocalDateTime, timeZone: string): number {
  const floating = floatingMs(local);
  // Transitions are months apart, so the offsets half a day either side are the only candidates.
  const before = offsetMinutes(floating - HALF_DAY, timeZone);
  const after = offsetMinutes(floating + HALF_DAY, timeZone);
  for (const offset of [before, after]) {
    const instant = floating - offset * 60_000;
    if (offsetMinutes(instant, timeZone) === offset) return instant;
  }
  return floating - before * 60_000;
}
