import { describe, expect, it } from 'vitest';
import { ServiceError } from '../sessions/serviceError.js';
import { upcomingSlots, validateSchedule, type GroupScheduleInput } from './schedule.js';

const NOW = Date.parse('2027-01-01T00:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();
const starts = (s: GroupScheduleInput, count: number, from = NOW) =>
  upcomingSlots(s, from, count).map((slot) => iso(slot.startsAt));

describe('upcomingSlots keeps the wall-clock time across daylight saving', () => {
  it('a monthly 10:00 Europe/London meeting is at 10:00 local in March (GMT) and April (BST)', () => {
    const s = {
      start: '2027-03-09T10:00',
      timeZone: 'Europe/London',
      rrule: 'FREQ=MONTHLY;BYDAY=2TU',
      durationMinutes: 90,
    };
    validateSchedule(s, NOW);
    expect(upcomingSlots(s, NOW, 2)).toEqual([
      { startsAt: Date.parse('2027-03-09T10:00:00Z'), endsAt: Date.parse('2027-03-09T11:30:00Z') },
      { startsAt: Date.parse('2027-04-13T09:00:00Z'), endsAt: Date.parse('2027-04-13T10:30:00Z') },
    ]);
  });

  it('"monthly on the 2nd Tuesday" gives the second Tuesday of each month', () => {
    const s = {
      start: '2027-01-12T10:00',
      timeZone: 'Europe/London',
      rrule: 'FREQ=MONTHLY;BYDAY=2TU',
      durationMinutes: 60,
    };
    validateSchedule(s, NOW);
    expect(starts(s, 5)).toEqual([
      '2027-01-12T10:00:00.000Z',
      '2027-02-09T10:00:00.000Z',
      '2027-03-09T10:00:00.000Z',
      '2027-04-13T09:00:00.000Z',
      '2027-05-11T09:00:00.000Z',
    ]);
  });

  it('a weekly 19:30 Europe/Amsterdam meeting stays at 19:30 across the October change', () => {
    const s = {
      start: '2027-10-19T19:30',
      timeZone: 'Europe/Amsterdam',
      rrule: 'FREQ=WEEKLY',
      durationMinutes: 60,
    };
    validateSchedule(s, NOW);
    expect(starts(s, 3)).toEqual([
      '2027-10-19T17:30:00.000Z',
      '2027-10-26T17:30:00.000Z',
      '2027-11-02T18:30:00.000Z',
    ]);
  });

  it('a fixed list of four dates a year in America/New_York keeps 09:00 in winter and summer', () => {
    const s = {
      start: '2027-02-15T09:00',
      timeZone: 'America/New_York',
      dates: ['2027-11-15T09:00', '2027-05-17T09:00', '2027-08-16T09:00', '2027-02-15T09:00'],
      durationMinutes: 120,
    };
    validateSchedule(s, NOW);
    expect(starts(s, 10)).toEqual([
      '2027-02-15T14:00:00.000Z',
      '2027-05-17T13:00:00.000Z',
      '2027-08-16T13:00:00.000Z',
      '2027-11-15T14:00:00.000Z',
    ]);
  });

  it('every other week in America/New_York moves from 14:00 to 13:00 UTC at the March change', () => {
    const s = {
      start: '2027-03-02T09:00',
      timeZone: 'America/New_York',
      rrule: 'FREQ=WEEKLY;INTERVAL=2',
      durationMinutes: 60,
    };
    validateSchedule(s, NOW);
    expect(starts(s, 3)).toEqual([
      '2027-03-02T14:00:00.000Z',
      '2027-03-16T13:00:00.000Z',
      '2027-03-30T13:00:00.000Z',
    ]);
  });

  it('a rule with COUNT stops after that many meetings', () => {
    const s = {
      start: '2027-01-12T10:00',
      timeZone: 'Europe/London',
      rrule: 'FREQ=WEEKLY;COUNT=3',
      durationMinutes: 60,
    };
    expect(starts(s, 10)).toEqual([
      '2027-01-12T10:00:00.000Z',
      '2027-01-19T10:00:00.000Z',
      '2027-01-26T10:00:00.000Z',
    ]);
  });

  it('a rule with a whole-date UNTIL includes a meeting on that day and none after', () => {
    const s = {
      start: '2027-01-12T10:00',
      timeZone: 'Europe/London',
      rrule: 'FREQ=WEEKLY;UNTIL=20270202',
      durationMinutes: 60,
    };
    validateSchedule(s, NOW);
    expect(starts(s, 10)).toHaveLength(4);
    expect(starts(s, 10).at(-1)).toBe('2027-02-02T10:00:00.000Z');
  });

  it('a rule with a UTC UNTIL before the last meeting time leaves that meeting out', () => {
    const s = {
      start: '2027-01-12T10:00',
      timeZone: 'Europe/London',
      rrule: 'FREQ=WEEKLY;UNTIL=20270202T095959Z',
      durationMinutes: 60,
    };
    expect(starts(s, 10)).toEqual([
      '2027-01-12T10:00:00.000Z',
      '2027-01-19T10:00:00.000Z',
      '2027-01-26T10:00:00.000Z',
    ]);
  });

  it('gives only meetings that start at or after fromMs', () => {
    const s = {
      start: '2027-01-12T10:00',
      timeZone: 'Europe/London',
      rrule: 'FREQ=WEEKLY',
      durationMinutes: 60,
    };
    expect(starts(s, 2, Date.parse('2027-01-19T10:00:00Z'))).toEqual([
      '2027-01-19T10:00:00.000Z',
      '2027-01-26T10:00:00.000Z',
    ]);
    expect(upcomingSlots(s, NOW, 0)).toEqual([]);
  });

  it('one meeting when there is neither rule nor dates', () => {
    expect(
      starts({ start: '2027-06-01T18:00', timeZone: 'Europe/Amsterdam', durationMinutes: 60 }, 5),
    ).toEqual(['2027-06-01T16:00:00.000Z']);
  });

  it('a start with an offset is that instant, read as wall-clock time in the zone', () => {
    const s = {
      start: '2027-01-12T15:00Z',
      timeZone: 'America/New_York',
      rrule: 'FREQ=WEEKLY',
      durationMinutes: 60,
    };
    // 10:00 New York time in winter; the series keeps 10:00 local after the March change.
    expect(starts(s, 10).slice(8, 10)).toEqual([
      '2027-03-09T15:00:00.000Z',
      '2027-03-16T14:00:00.000Z',
    ]);
  });

  it('a local time skipped in spring is read with the offset before the gap (RFC 5545)', () => {
    const s = {
      start: '2027-03-27T01:30',
      timeZone: 'Europe/London',
      rrule: 'FREQ=DAILY',
      durationMinutes: 30,
    };
    // 01:30 does not exist on 28 March; it becomes 02:30 BST = 01:30Z.
    expect(starts(s, 3)).toEqual([
      '2027-03-27T01:30:00.000Z',
      '2027-03-28T01:30:00.000Z',
      '2027-03-29T00:30:00.000Z',
    ]);
  });

  it('a local time that happens twice in autumn is the first of the two (summer time)', () => {
    const s = {
      start: '2027-10-30T01:30',
      timeZone: 'Europe/London',
      rrule: 'FREQ=DAILY',
      durationMinutes: 30,
    };
    expect(starts(s, 3)).toEqual([
      '2027-10-30T00:30:00.000Z',
      '2027-10-31T00:30:00.000Z',
      '2027-11-01T01:30:00.000Z',
    ]);
  });
});

describe('validateSchedule refuses bad input with a clear message', () => {
  const base: GroupScheduleInput = {
    start: '2027-01-12T10:00',
    timeZone: 'Europe/London',
    durationMinutes: 60,
  };
  const fiftyThree = Array.from({ length: 53 }, (_, i) =>
    new Date(Date.UTC(2027, 1, 1 + i, 10)).toISOString().slice(0, 16),
  );

  it.each<[string, Partial<GroupScheduleInput>, RegExp]>([
    ['an unknown time zone', { timeZone: 'Mars/Olympus' }, /Unknown time zone "Mars\/Olympus"/],
    ['an empty time zone', { timeZone: '' }, /Unknown time zone ""/],
    [
      'a start that is not a date-time',
      { start: 'next tuesday' },
      /start must be a date and time such as/,
    ],
    [
      'a start on a day that does not exist',
      { start: '2027-02-30T10:00' },
      /start "2027-02-30T10:00" is not a real date/,
    ],
    ['a start not on a whole minute', { start: '2027-01-12T10:00:30' }, /whole minute/],
    [
      'a start in the past',
      { start: '2026-12-31T10:00' },
      /The start 2026-12-31T10:00 \(Europe\/London\) is in the past/,
    ],
    [
      'a date in the past',
      { dates: ['2027-03-01T10:00', '2026-06-01T10:00'] },
      /The date 2026-06-01T10:00 .* is in the past/,
    ],
    ['more than 52 dates', { dates: fiftyThree }, /At most 52 dates, got 53/],
    [
      'both rrule and dates',
      { rrule: 'FREQ=WEEKLY', dates: ['2027-03-01T10:00'] },
      /rrule or dates, not both/,
    ],
    [
      'a meeting shorter than 15 minutes',
      { durationMinutes: 10 },
      /durationMinutes must be a whole number from 15 to 480, got 10/,
    ],
    ['a meeting longer than 8 hours', { durationMinutes: 481 }, /from 15 to 480, got 481/],
    ['a fractional length', { durationMinutes: 30.5 }, /got 30.5/],
    [
      'an hourly rule',
      { rrule: 'FREQ=HOURLY' },
      /FREQ=HOURLY: meetings cannot be more often than daily/,
    ],
    [
      'a rule with several hours a day',
      { rrule: 'FREQ=WEEKLY;BYHOUR=9,17' },
      /BYHOUR is not allowed/,
    ],
    [
      'an unknown frequency',
      { rrule: 'FREQ=FORTNIGHTLY' },
      /FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY/,
    ],
    ['a rule without FREQ', { rrule: 'BYDAY=TU' }, /FREQ is required/],
    [
      'a rule with the RRULE: prefix',
      { rrule: 'RRULE:FREQ=WEEKLY' },
      /KEY=VALUE parts joined by ";"/,
    ],
    ['a rule part that is not KEY=VALUE', { rrule: 'FREQ=WEEKLY;;' }, /"" is not KEY=VALUE/],
    ['an unknown rule part', { rrule: 'FREQ=WEEKLY;COLOR=RED' }, /COLOR is not supported/],
    [
      'a part given twice',
      { rrule: 'FREQ=WEEKLY;INTERVAL=2;INTERVAL=3' },
      /INTERVAL appears twice/,
    ],
    ['a rule that is not text', { rrule: 42 as unknown as string }, /rrule must be text such as/],
    [
      'dates that are not a list',
      { dates: '2027-03-01T10:00' as unknown as string[] },
      /dates must be a list/,
    ],
    [
      'a bad weekday',
      { rrule: 'FREQ=WEEKLY;BYDAY=XX' },
      /BYDAY must list days such as MO, 2TU or -1FR, got "XX"/,
    ],
    [
      'a numbered weekday in a weekly rule',
      { rrule: 'FREQ=WEEKLY;BYDAY=2TU' },
      /needs FREQ=MONTHLY or FREQ=YEARLY/,
    ],
    [
      'an interval of zero',
      { rrule: 'FREQ=WEEKLY;INTERVAL=0' },
      /INTERVAL must list numbers from 1 to 99, got "0"/,
    ],
    ['a count of zero', { rrule: 'FREQ=WEEKLY;COUNT=0' }, /COUNT must list numbers from 1 to 1000/],
    [
      'COUNT with UNTIL',
      { rrule: 'FREQ=WEEKLY;COUNT=3;UNTIL=20271231' },
      /COUNT or UNTIL, not both/,
    ],
    [
      'an UNTIL before the start',
      { rrule: 'FREQ=WEEKLY;UNTIL=20270105' },
      /UNTIL is before the start/,
    ],
    [
      'a malformed UNTIL',
      { rrule: 'FREQ=WEEKLY;UNTIL=2027-12-31' },
      /KEY=VALUE parts|UNTIL must look like/,
    ],
    [
      'an UNTIL that is not a date',
      { rrule: 'FREQ=WEEKLY;UNTIL=20271340' },
      /UNTIL "20271340" is not a real date/,
    ],
    [
      'a month day in a weekly rule',
      { rrule: 'FREQ=WEEKLY;BYMONTHDAY=12' },
      /BYMONTHDAY cannot be used with FREQ=WEEKLY/,
    ],
    [
      'a year day in a monthly rule',
      { rrule: 'FREQ=MONTHLY;BYYEARDAY=12' },
      /BYYEARDAY needs FREQ=YEARLY/,
    ],
    [
      'a month day past 31',
      { rrule: 'FREQ=MONTHLY;BYMONTHDAY=32' },
      /BYMONTHDAY must list numbers from ±1 to 31/,
    ],
    [
      'a rule that never matches',
      { start: '2027-02-12T10:00', rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30' },
      /gives no meeting at all/,
    ],
    [
      'a start the rule does not give',
      { start: '2027-01-11T10:00', rrule: 'FREQ=MONTHLY;BYDAY=2TU' },
      /2027-01-11T10:00 is not one of the rule's meetings \(the first would be 2027-01-12T10:00\)/,
    ],
  ])('refuses %s', (_name, change, message) => {
    let thrown: unknown;
    try {
      validateSchedule({ ...base, ...change }, NOW);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ServiceError);
    expect((thrown as ServiceError).code).toBe('bad_request');
    expect((thrown as ServiceError).message).toMatch(message);
  });

  it.each<[string, Partial<GroupScheduleInput>]>([
    ['one meeting', {}],
    ['an empty rule and an empty list, as a form sends them', { rrule: '', dates: [] }],
    ['every other week', { rrule: 'FREQ=WEEKLY;INTERVAL=2' }],
    ['daily on weekdays', { rrule: 'freq=daily;byday=mo,tu,we,th,fr' }],
    [
      'monthly on the last Tuesday',
      { start: '2027-01-26T10:00', rrule: 'FREQ=MONTHLY;BYDAY=-1TU' },
    ],
    ['52 dates', { dates: fiftyThree.slice(1) }],
    ['an UTC UNTIL', { rrule: 'FREQ=WEEKLY;UNTIL=20271231T235959Z' }],
  ])('accepts %s', (_name, change) => {
    expect(() => validateSchedule({ ...base, ...change }, NOW)).not.toThrow();
  });
});
