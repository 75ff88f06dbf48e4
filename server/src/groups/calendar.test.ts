import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { groupCalendar, PRODID, type CalendarInput } from './calendar.js';
import { upcomingSlots, type GroupScheduleInput } from './schedule.js';

const NOW = Date.parse('2027-01-01T00:00:00Z');
const URL = 'https://intervision.test/g/grp1';

const input = (
  schedule: GroupScheduleInput | null,
  extras: CalendarInput['extras'] = [],
): CalendarInput => ({
  groupId: 'grp1',
  title: 'Reflective practice, Leeds; monthly',
  schedule,
  extras,
  groupUrl: URL,
});

/** Parses with ical.js, which knows no zones of its own: only the file's VTIMEZONE can place times. */
function parse(text: string): ICAL.Component {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const vtz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
  return root;
}
afterEach(() => ICAL.TimezoneService.reset());

function firstEvent(root: ICAL.Component): ICAL.Event {
  const vevent = root.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('the calendar has no VEVENT');
  return new ICAL.Event(vevent);
}

/** The parser's own recurrence expansion of the series: instants and the local times it shows. */
function expand(root: ICAL.Component, max: number): Array<{ instant: number; local: string }> {
  const vevent = root
    .getAllSubcomponents('vevent')
    .find((e) => e.hasProperty('dtstart') && e.getFirstProperty('dtstart')?.getParameter('tzid'));
  const iterator = new ICAL.Event(vevent).iterator();
  const out: Array<{ instant: number; local: string }> = [];
  for (let t = iterator.next(); t && out.length < max; t = iterator.next()) {
    out.push({ instant: t.toJSDate().getTime(), local: t.toString() });
  }
  return out;
}

describe('groupCalendar, read back by a real iCalendar parser (ical.js)', () => {
  it.each<[string, GroupScheduleInput, string]>([
    [
      'monthly on the 2nd Tuesday in Europe/London',
      {
        start: '2027-01-12T10:00',
        timeZone: 'Europe/London',
        rrule: 'FREQ=MONTHLY;BYDAY=2TU',
        durationMinutes: 90,
      },
      'T10:00:00',
    ],
    [
      'weekly in Europe/Amsterdam across the October change',
      {
        start: '2027-09-28T19:30',
        timeZone: 'Europe/Amsterdam',
        rrule: 'FREQ=WEEKLY',
        durationMinutes: 60,
      },
      'T19:30:00',
    ],
    [
      'every other week in America/New_York across both changes',
      {
        start: '2027-02-02T09:00',
        timeZone: 'America/New_York',
        rrule: 'FREQ=WEEKLY;INTERVAL=2',
        durationMinutes: 60,
      },
      'T09:00:00',
    ],
    [
      'monthly in America/New_York across the November change',
      {
        start: '2027-08-31T18:00',
        timeZone: 'America/New_York',
        rrule: 'FREQ=MONTHLY;BYDAY=-1TU',
        durationMinutes: 60,
      },
      'T18:00:00',
    ],
    [
      'monthly in Australia/Sydney across the April change',
      {
        start: '2027-01-12T10:00',
        timeZone: 'Australia/Sydney',
        rrule: 'FREQ=MONTHLY;BYDAY=2TU',
        durationMinutes: 60,
      },
      'T10:00:00',
    ],
  ])(
    '%s: the parser expands the next 12 meetings to the same instants as upcomingSlots',
    (_name, schedule, localTime) => {
      const ours = upcomingSlots(schedule, NOW, 12).map((s) => s.startsAt);
      const theirs = expand(parse(groupCalendar(input(schedule), NOW)), 12);
      expect(ours).toHaveLength(12);
      expect(theirs.map((t) => t.instant)).toEqual(ours);
      for (const t of theirs) expect(t.local).toContain(localTime);
      // The span does cross a change: not every meeting has the same UTC hour.
      expect(new Set(ours.map((ms) => new Date(ms).getUTCHours())).size).toBe(2);
    },
  );

  it('a zone without daylight saving gets a one-offset VTIMEZONE that the parser reads right', () => {
    const schedule = {
      start: '2027-01-01T07:00',
      timeZone: 'Asia/Tokyo',
      rrule: 'FREQ=MONTHLY',
      durationMinutes: 60,
    };
    const theirs = expand(parse(groupCalendar(input(schedule), NOW)), 12);
    expect(theirs.map((t) => t.instant)).toEqual(
      upcomingSlots(schedule, Date.parse('2026-12-01T00:00:00Z'), 12).map((s) => s.startsAt),
    );
    expect(new Date(theirs[0]!.instant).toISOString()).toBe('2026-12-31T22:00:00.000Z');
    expect(new Set(theirs.map((t) => new Date(t.instant).getUTCHours()))).toEqual(new Set([22]));
  });

  it('a fixed list of four dates a year becomes DTSTART plus RDATEs that the parser expands to those dates', () => {
    const schedule = {
      start: '2027-02-15T09:00',
      timeZone: 'America/New_York',
      dates: ['2027-05-17T09:00', '2027-08-16T09:00', '2027-11-15T09:00'],
      durationMinutes: 120,
    };
    const text = groupCalendar(input(schedule), NOW);
    expect(text.replace(/\r\n /g, '')).toContain(
      'RDATE;TZID=America/New_York:20270215T090000,20270517T090000,20270816T090000,20271115T090000\r\n',
    );
    expect(text).not.toContain('RRULE:');
    const theirs = expand(parse(text), 10);
    expect(theirs.map((t) => t.instant)).toEqual(
      upcomingSlots(schedule, NOW, 10).map((s) => s.startsAt),
    );
    expect(theirs.map((t) => new Date(t.instant).toISOString())).toEqual([
      '2027-02-15T14:00:00.000Z',
      '2027-05-17T13:00:00.000Z',
      '2027-08-16T13:00:00.000Z',
      '2027-11-15T14:00:00.000Z',
    ]);
  });

  it.each([
    ['COUNT', 'FREQ=WEEKLY;COUNT=3', 3],
    ['a whole-date UNTIL', 'FREQ=WEEKLY;UNTIL=20270202', 4],
  ])('a rule with %s runs out in the parser where upcomingSlots does', (_name, rrule, expected) => {
    const schedule = {
      start: '2027-01-12T10:00',
      timeZone: 'Europe/London',
      rrule,
      durationMinutes: 60,
    };
    const theirs = expand(parse(groupCalendar(input(schedule), NOW)), 50);
    expect(theirs).toHaveLength(expected);
    expect(theirs.map((t) => t.instant)).toEqual(
      upcomingSlots(schedule, NOW, 50).map((s) => s.startsAt),
    );
  });

  it('an UNTIL given as a date is written as a UTC instant at the end of that local day', () => {
    const schedule = {
      start: '2027-06-01T10:00',
      timeZone: 'Europe/London',
      rrule: 'FREQ=WEEKLY;UNTIL=20270629',
      durationMinutes: 60,
    };
    expect(groupCalendar(input(schedule), NOW)).toContain(
      'RRULE:FREQ=WEEKLY;UNTIL=20270629T225959Z\r\n',
    );
  });

  it('the series event carries the zone, length, title, link and a VTIMEZONE for its zone', () => {
    const schedule = {
      start: '2027-01-12T10:00',
      timeZone: 'Europe/London',
      rrule: 'FREQ=MONTHLY;BYDAY=2TU',
      durationMinutes: 90,
    };
    const root = parse(groupCalendar(input(schedule), NOW));
    expect(root.getFirstPropertyValue('prodid')).toBe(PRODID);
    expect(root.getFirstPropertyValue('version')).toBe('2.0');
    const vtz = root.getFirstSubcomponent('vtimezone');
    expect(vtz?.getFirstPropertyValue('tzid')).toBe('Europe/London');
    expect(vtz?.getAllSubcomponents('daylight').length).toBeGreaterThan(0);
    const event = firstEvent(root);
    expect(event.startDate.zone?.tzid).toBe('Europe/London');
    expect(event.duration.toSeconds()).toBe(90 * 60);
    expect(event.summary).toBe('Reflective practice, Leeds; monthly');
    expect(event.component.getFirstPropertyValue('url')).toBe(URL);
    expect(event.description).toContain(URL);
    expect(event.isRecurring()).toBe(true);
  });

  it('each extra meeting is its own event at its instant', () => {
    const extras = [
      {
        id: 'm1',
        startsAt: Date.parse('2027-02-01T17:00:00Z'),
        endsAt: Date.parse('2027-02-01T18:30:00Z'),
      },
      {
        id: 'm2',
        startsAt: Date.parse('2027-07-01T08:00:00Z'),
        endsAt: Date.parse('2027-07-01T09:00:00Z'),
      },
    ];
    const schedule = {
      start: '2027-01-12T10:00',
      timeZone: 'Europe/London',
      rrule: 'FREQ=MONTHLY;BYDAY=2TU',
      durationMinutes: 90,
    };
    const events = parse(groupCalendar(input(schedule, extras), NOW))
      .getAllSubcomponents('vevent')
      .map((c) => new ICAL.Event(c))
      .filter((e) => !e.isRecurring());
    expect(
      events.map((e) => [e.uid, e.startDate.toJSDate().getTime(), e.endDate.toJSDate().getTime()]),
    ).toEqual([
      ['group-grp1-meeting-m1@intervision', extras[0]!.startsAt, extras[0]!.endsAt],
      ['group-grp1-meeting-m2@intervision', extras[1]!.startsAt, extras[1]!.endsAt],
    ]);
    expect(events[0]!.description).toContain(URL);
  });

  it('a group without a schedule lists only its extra meetings and no time zone', () => {
    const extras = [
      {
        id: 'm1',
        startsAt: Date.parse('2027-02-01T17:00:00Z'),
        endsAt: Date.parse('2027-02-01T18:00:00Z'),
      },
    ];
    const root = parse(groupCalendar(input(null, extras), NOW));
    expect(root.getAllSubcomponents('vtimezone')).toHaveLength(0);
    expect(root.getAllSubcomponents('vevent')).toHaveLength(1);
  });

  it('UIDs stay the same for the same group and rule, and differ for another group or rule', () => {
    const schedule = {
      start: '2027-01-12T10:00',
      timeZone: 'Europe/London',
      rrule: 'FREQ=MONTHLY;BYDAY=2TU',
      durationMinutes: 90,
    };
    const uid = (i: CalendarInput, now = NOW) => firstEvent(parse(groupCalendar(i, now))).uid;
    const first = uid(input(schedule));
    expect(uid(input(schedule), NOW + 86_400_000)).toBe(first);
    expect(uid({ ...input(schedule), groupId: 'grp2' })).not.toBe(first);
    expect(uid(input({ ...schedule, rrule: 'FREQ=MONTHLY;BYDAY=2TU;COUNT=4' }))).not.toBe(first);
  });

  it('uses CRLF line ends, folds every line to at most 75 octets and escapes text', () => {
    const schedule = {
      start: '2027-01-12T10:00',
      timeZone: 'Europe/London',
      rrule: 'FREQ=WEEKLY',
      durationMinutes: 60,
    };
    const title =
      'Supervisie “Noord”, groep 3; één keer per week\nmet een lange naam die zeker gevouwen moet worden';
    const text = groupCalendar({ ...input(schedule), title }, NOW);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(firstEvent(parse(text)).summary).toBe(title);
  });
});
