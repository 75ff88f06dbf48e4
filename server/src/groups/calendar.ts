import { createHash } from 'node:crypto';
import { cleanUri, contentLines, escapeText, localDateTime, utcDateTime } from './calendarText.js';
import { vtimezone } from './calendarTimezone.js';
import { upcomingSlots, type GroupScheduleInput, type MeetingSlot } from './schedule.js';
import { parseSchedule, type ParsedSchedule } from './scheduleParse.js';
import { floatingMs, toLocal } from './scheduleTime.js';

export interface CalendarInput {
  groupId: string;
  title: string;
  schedule: GroupScheduleInput | null;
  /** Meetings outside the rule (extra meetings opened by the facilitator). */
  extras: Array<MeetingSlot & { id: string }>;
  /** Where the member's personal page is (the link inside each event), without secret. */
  groupUrl: string;
}

export const PRODID = '-//Intervision//Groups//EN';
/** Unbounded rules get a VTIMEZONE this many years past the current one. */
const OPEN_ENDED_YEARS = 10;
const MAX_ZONE_YEARS = 50;

/** A stable UID per group and rule: the same schedule always gives the same series. */
function seriesUid(groupId: string, p: ParsedSchedule): string {
  const key = JSON.stringify([
    p.timeZone,
    floatingMs(p.start),
    p.rule?.text ?? null,
    p.dates.map(floatingMs),
  ]);
  const digest = createHash('sha256').update(key).digest('hex').slice(0, 16);
  return `group-${groupId}-series-${digest}@intervision`;
}

/** The last year the series reaches in its zone (bounded), or a span ahead of `now` (open-ended). */
function lastYear(s: GroupScheduleInput, p: ParsedSchedule, now: number): number {
  const openEnded = toLocal(now, p.timeZone).year + OPEN_ENDED_YEARS;
  if (!p.rule) return [p.start, ...p.dates].reduce((y, d) => Math.max(y, d.year), p.start.year);
  if (p.rule.untilMs !== null) return toLocal(p.rule.untilMs, p.timeZone).year;
  const count = /(?:^|;)COUNT=(\d+)/.exec(p.rule.text);
  if (!count) return openEnded;
  const last = upcomingSlots(s, -Infinity, Number(count[1])).at(-1);
  return last ? toLocal(last.startsAt, p.timeZone).year : p.start.year;
}

function describe(title: string, groupUrl: string): string[] {
  return [
    `SUMMARY:${escapeText(title)}`,
    `URL:${cleanUri(groupUrl)}`,
    `DESCRIPTION:${escapeText(`${title}\n\nJoin from your personal link for this group. The group's page: ${groupUrl}`)}`,
  ];
}

function seriesLines(input: CalendarInput, s: GroupScheduleInput, now: number): string[] {
  const p = parseSchedule(s);
  const tz = p.timeZone;
  // DTSTART is a meeting by RFC 5545, so a dates list starts at its earliest date; that date is
  // listed in RDATE too (repeats count once) for readers such as ical.js that skip DTSTART then.
  const all = [p.start, ...p.dates].sort((a, b) => floatingMs(a) - floatingMs(b));
  const first = all[0]!;
  const firstYear = first.year;
  const toYear = Math.min(Math.max(lastYear(s, p, now), firstYear), firstYear + MAX_ZONE_YEARS);
  const event = [
    'BEGIN:VEVENT',
    `UID:${escapeText(seriesUid(input.groupId, p))}`,
    `DTSTAMP:${utcDateTime(now)}`,
    `DTSTART;TZID=${tz}:${localDateTime(floatingMs(first))}`,
    `DURATION:PT${p.durationMinutes}M`,
  ];
  if (p.rule) event.push(`RRULE:${p.rule.text}`);
  if (p.dates.length > 0) {
    event.push(`RDATE;TZID=${tz}:${all.map((d) => localDateTime(floatingMs(d))).join(',')}`);
  }
  event.push(...describe(input.title, input.groupUrl), 'END:VEVENT');
  return [...vtimezone(tz, firstYear, toYear), ...event];
}

/** An iCalendar text: one VEVENT with RRULE (or RDATEs) + DTSTART;TZID + a VTIMEZONE for the rule, one VEVENT per extra; stable UIDs; the link in URL and DESCRIPTION. */
export function groupCalendar(input: CalendarInput, now: number): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(input.title)}`,
    // Subscribed calendars pick up extra meetings within half a day (RFC 7986).
    'REFRESH-INTERVAL;VALUE=DURATION:PT12H',
  ];
  if (input.schedule) lines.push(...seriesLines(input, input.schedule, now));
  for (const extra of input.extras) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(`group-${input.groupId}-meeting-${extra.id}@intervision`)}`,
      `DTSTAMP:${utcDateTime(now)}`,
      // Extras are single instants, so UTC needs no time zone and means the same everywhere.
      `DTSTART:${utcDateTime(extra.startsAt)}`,
      `DTEND:${utcDateTime(extra.endsAt)}`,
      ...describe(input.title, input.groupUrl),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return contentLines(lines);
}
