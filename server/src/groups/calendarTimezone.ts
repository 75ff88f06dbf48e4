import { localDateTime, utcOffset } from './calendarText.js';
import { offsetMinutes } from './scheduleTime.js';

const DAY = 86_400_000;

interface Transition {
  at: number;
  from: number;
  to: number;
}

/** The moment (to the second) in (lo, hi] at which the offset stops being `before`. */
function findChange(lo: number, hi: number, before: number, timeZone: string): number {
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (offsetMinutes(mid, timeZone) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** Every offset change in [fromMs, toMs), found by daily samples and narrowed by bisection. */
function transitions(fromMs: number, toMs: number, timeZone: string): Transition[] {
  const found: Transition[] = [];
  let previous = offsetMinutes(fromMs, timeZone);
  for (let t = fromMs + DAY; t < toMs + DAY; t += DAY) {
    const offset = offsetMinutes(t, timeZone);
    if (offset !== previous) {
      found.push({ at: findChange(t - DAY, t, previous, timeZone), from: previous, to: offset });
      previous = offset;
    }
  }
  return found;
}

/**
 * A VTIMEZONE for `timeZone` covering the years `fromYear`..`toYear`, written from the same
 * `Intl` data that placed the meetings, so a calendar program that trusts the file (rather than
 * its own zone database) still shows every meeting at the wall-clock time we meant. Each change
 * is its own observance: exact for the covered years, and no guessing of rules.
 */
export function vtimezone(timeZone: string, fromYear: number, toYear: number): string[] {
  // Thousands of Intl look-ups per zone and span; subscribed calendars ask again and again.
  const key = `${timeZone} ${fromYear} ${toYear}`;
  const known = cache.get(key);
  if (known) return known;
  const lines = writeVtimezone(timeZone, fromYear, toYear);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, lines);
  return lines;
}

const CACHE_LIMIT = 200;
const cache = new Map<string, string[]>();

function writeVtimezone(timeZone: string, fromYear: number, toYear: number): string[] {
  // From December before, so a meeting early on 1 January, local time, is covered east of UTC too.
  const fromMs = Date.UTC(fromYear - 1, 11, 1);
  const toMs = Date.UTC(toYear + 1, 0, 1);
  const initial = offsetMinutes(fromMs, timeZone);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  // The offset in force when the covered span begins, for times before its first change.
  lines.push(
    'BEGIN:STANDARD',
    `DTSTART:${localDateTime(fromMs + initial * 60_000)}`,
    `TZOFFSETFROM:${utcOffset(initial)}`,
    `TZOFFSETTO:${utcOffset(initial)}`,
    'END:STANDARD',
  );
  for (const change of transitions(fromMs, toMs, timeZone)) {
    const kind = change.to > change.from ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      `BEGIN:${kind}`,
      // An observance starts at the local time shown just before the change (§3.6.5).
      `DTSTART:${localDateTime(change.at + change.from * 60_000)}`,
      `TZOFFSETFROM:${utcOffset(change.from)}`,
      `TZOFFSETTO:${utcOffset(change.to)}`,
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
