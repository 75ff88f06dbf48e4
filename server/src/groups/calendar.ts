import type { GroupScheduleInput, MeetingSlot } from './schedule.js';

// Placeholder until the calendar helper's version lands at this path: a plain iCalendar text
// with the rule's event (local DTSTART with TZID, RRULE or RDATEs) and one event per extra.

export interface CalendarInput {
  groupId: string;
  title: string;
  schedule: GroupScheduleInput | null;
  /** Meetings outside the rule (extra meetings opened by the facilitator). */
  extras: Array<MeetingSlot & { id: string }>;
  /** Where the member's personal page is (the link inside each event), without secret. */
  groupUrl: string;
}

const escapeText = (t: string) =>
  t.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');

const utcStamp = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** `2027-01-12T10:00` → `20270112T100000` (the wall-clock time as written). */
const localStamp = (iso: string) => {
  const [date = '', time = ''] = iso.slice(0, 16).split('T');
  return `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;
};

/** Lines longer than 75 octets continue on the next line after a space (RFC 5545 3.1). */
function fold(line: string): string {
  const out: string[] = [];
  let rest = line;
  while (Buffer.byteLength(rest) > 75) {
    let cut = 74;
    while (Buffer.byteLength(rest.slice(0, cut)) > 74) cut--;
    out.push(rest.slice(0, cut));
    rest = ` ${rest.slice(cut)}`;
  }
  out.push(rest);
  return out.join('\r\n');
}

/** An iCalendar text: one VEVENT with RRULE (or RDATEs) + DTSTART;TZID + a VTIMEZONE for the rule, one VEVENT per extra; stable UIDs; the link in URL and DESCRIPTION. */
export function groupCalendar(input: CalendarInput, now: number): string {
  const { schedule: s } = input;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Intervision//Groups//EN'];
  const common = (uid: string) => [
    `UID:${uid}@intervision`,
    `DTSTAMP:${utcStamp(now)}`,
    `SUMMARY:${escapeText(input.title)}`,
    `URL:${input.groupUrl}`,
    `DESCRIPTION:${escapeText(`Open your personal link to join: ${input.groupUrl}`)}`,
  ];
  if (s && !/[Zz]|[+-]\d{2}:\d{2}$/.test(s.start)) {
    lines.push(
      'BEGIN:VTIMEZONE',
      `TZID:${s.timeZone}`,
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:+0000',
      'TZOFFSETTO:+0000',
      'END:STANDARD',
      'END:VTIMEZONE',
      'BEGIN:VEVENT',
      ...common(`${input.groupId}-schedule`),
      `DTSTART;TZID=${s.timeZone}:${localStamp(s.start)}`,
      `DURATION:PT${s.durationMinutes}M`,
      ...(s.rrule ? [`RRULE:${s.rrule}`] : []),
      ...(s.dates ?? []).map((d) => `RDATE;TZID=${s.timeZone}:${localStamp(d)}`),
      'END:VEVENT',
    );
  }
  for (const extra of input.extras) {
    lines.push(
      'BEGIN:VEVENT',
      ...common(`${input.groupId}-${extra.id}`),
      `DTSTART:${utcStamp(extra.startsAt)}`,
      `DTEND:${utcStamp(extra.endsAt)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
