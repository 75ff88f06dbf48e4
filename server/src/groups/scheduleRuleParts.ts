import { ServiceError } from '../sessions/serviceError.js';
import { toInstant } from './scheduleTime.js';

const WEEKDAY = '(MO|TU|WE|TH|FR|SA|SU)';
const FREQUENCIES = new Set(['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']);
const TOO_FAST = new Set(['SECONDLY', 'MINUTELY', 'HOURLY']);
const TIME_PARTS = new Set(['BYHOUR', 'BYMINUTE', 'BYSECOND']);
const MAX_COUNT = 1000;

export function bad(message: string): never {
  throw new ServiceError('bad_request', `Invalid RRULE: ${message}`);
}

function intList(name: string, value: string, min: number, max: number, signed: boolean): void {
  for (const item of value.split(',')) {
    const ok = signed ? /^[+-]?\d{1,3}$/.test(item) : /^\d{1,3}$/.test(item);
    const n = Math.abs(Number(item));
    if (!ok || n < min || n > max) {
      bad(`${name} must list numbers from ${signed ? `±${min}` : min} to ${max}, got "${item}".`);
    }
  }
}

/** UNTIL as an instant: a UTC time as given, a floating time or a whole date in the zone. */
export function untilInstant(value: string, timeZone: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(value);
  if (!m) bad(`UNTIL must look like 20271231 or 20271231T235959Z, got "${value}".`);
  const [, y, mo, d, h, mi, s, z] = m;
  const local = { year: +y!, month: +mo!, day: +d!, hour: +(h ?? 23), minute: +(mi ?? 59) };
  const check = new Date(Date.UTC(local.year, local.month - 1, local.day));
  if (
    check.getUTCMonth() !== local.month - 1 ||
    local.hour > 23 ||
    local.minute > 59 ||
    +(s ?? 0) > 59
  ) {
    bad(`UNTIL "${value}" is not a real date and time.`);
  }
  if (z) return Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, +s!);
  // A whole date includes that day; a time without Z is the zone's wall clock.
  return toInstant(local, timeZone) + (h === undefined ? 59_999 : +(s ?? 0) * 1000);
}

export function utcStamp(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * Reads `text` (an RRULE value without "RRULE:") into its parts, strictly: only the parts a
 * meeting series needs, each with its RFC 5545 range, so every rule we accept means the same to
 * rrule here and to the calendar programs that read our files.
 */
export function readRuleParts(text: string): Map<string, string> {
  if (text.length === 0 || text.length > 300) bad('it must be 1 to 300 characters.');
  const upper = text.toUpperCase();
  if (!/^[A-Z0-9=;,+-]+$/.test(upper)) {
    bad(
      'write it as KEY=VALUE parts joined by ";", e.g. FREQ=MONTHLY;BYDAY=2TU (no "RRULE:", no spaces).',
    );
  }
  const parts = new Map<string, string>();
  for (const part of upper.split(';')) {
    const [key, value, extra] = part.split('=');
    if (!key || !value || extra !== undefined) bad(`"${part}" is not KEY=VALUE.`);
    if (parts.has(key)) bad(`${key} appears twice.`);
    parts.set(key, value);
  }
  const freq = parts.get('FREQ');
  if (!freq) bad('FREQ is required, e.g. FREQ=WEEKLY.');
  if (TOO_FAST.has(freq)) bad(`FREQ=${freq}: meetings cannot be more often than daily.`);
  if (!FREQUENCIES.has(freq)) bad(`FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY, got "${freq}".`);
  for (const [key, value] of parts) {
    if (TIME_PARTS.has(key)) {
      bad(`${key} is not allowed: the meeting time comes from the start, once a day at most.`);
    }
    switch (key) {
      case 'FREQ':
        break;
      case 'INTERVAL':
        intList(key, value, 1, 99, false);
        if (value.includes(',')) bad('INTERVAL takes one number.');
        break;
      case 'COUNT':
        intList(key, value, 1, MAX_COUNT, false);
        if (value.includes(',')) bad('COUNT takes one number.');
        break;
      case 'UNTIL':
        break;
      case 'BYDAY':
        for (const day of value.split(',')) {
          const m = new RegExp(`^([+-]?\\d{1,2})?${WEEKDAY}$`).exec(day);
          const n = m?.[1] === undefined ? null : Math.abs(Number(m[1]));
          if (!m || n === 0 || (n !== null && n > 53)) {
            bad(`BYDAY must list days such as MO, 2TU or -1FR, got "${day}".`);
          }
          if (n !== null && freq !== 'MONTHLY' && freq !== 'YEARLY') {
            bad(`BYDAY=${day}: a numbered weekday needs FREQ=MONTHLY or FREQ=YEARLY.`);
          }
        }
        break;
      case 'BYMONTHDAY':
        // RFC 5545 forbids these combinations; readers disagree on what they would mean.
        if (freq === 'WEEKLY') bad('BYMONTHDAY cannot be used with FREQ=WEEKLY.');
        intList(key, value, 1, 31, true);
        break;
      case 'BYMONTH':
        intList(key, value, 1, 12, false);
        break;
      case 'BYYEARDAY':
        if (freq !== 'YEARLY') bad('BYYEARDAY needs FREQ=YEARLY.');
        intList(key, value, 1, 366, true);
        break;
      case 'BYSETPOS':
        intList(key, value, 1, 366, true);
        break;
      case 'BYWEEKNO':
        if (freq !== 'YEARLY') bad('BYWEEKNO needs FREQ=YEARLY.');
        intList(key, value, 1, 53, true);
        break;
      case 'WKST':
        if (!new RegExp(`^${WEEKDAY}$`).test(value))
          bad(`WKST must be a day such as MO, got "${value}".`);
        break;
      default:
        bad(`${key} is not supported.`);
    }
  }
  if (parts.has('COUNT') && parts.has('UNTIL')) bad('use COUNT or UNTIL, not both.');
  return parts;
}
