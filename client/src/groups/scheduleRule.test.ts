import { describe, expect, test } from 'vitest';
import { buildSchedule, nthWeekday, rruleFor, type ScheduleForm } from './scheduleRule';

const form = (patch: Partial<ScheduleForm>): ScheduleForm => ({
  date: '2027-01-12',
  time: '10:00',
  timeZone: 'Europe/London',
  repeat: { kind: 'none' },
  durationMinutes: 60,
  ...patch,
});

describe('the schedule the create form sends', () => {
  test.each([
    ['2027-01-12', { n: 2, weekday: 'TU' }],
    ['2027-01-01', { n: 1, weekday: 'FR' }],
    ['2027-01-28', { n: 4, weekday: 'TH' }],
    ['2027-01-29', { n: -1, weekday: 'FR' }],
    ['2027-03-31', { n: -1, weekday: 'WE' }],
  ])('%s is the weekday of its month the monthly rule repeats', (date, expected) => {
    expect(nthWeekday(date)).toEqual(expected);
  });

  test('a date that does not exist has no weekday to repeat', () => {
    expect(nthWeekday('2027-02-30')).toBeNull();
    expect(nthWeekday('12/01/2027')).toBeNull();
  });

  test.each([
    [{ kind: 'weeks', interval: 1 } as const, 'FREQ=WEEKLY'],
    [{ kind: 'weeks', interval: 2 } as const, 'FREQ=WEEKLY;INTERVAL=2'],
    [{ kind: 'monthly' } as const, 'FREQ=MONTHLY;BYDAY=2TU'],
    [{ kind: 'none' } as const, null],
  ])('%o on 12 January 2027 becomes the rule %s', (repeat, rrule) => {
    expect(rruleFor(repeat, '2027-01-12')).toBe(rrule);
  });

  test('a monthly group starting on a fifth Friday meets on the last Friday', () => {
    expect(buildSchedule(form({ date: '2027-01-29', repeat: { kind: 'monthly' } }))).toEqual({
      start: '2027-01-29T10:00',
      timeZone: 'Europe/London',
      rrule: 'FREQ=MONTHLY;BYDAY=-1FR',
      durationMinutes: 60,
    });
  });

  test('a one-off meeting sends neither a rule nor dates', () => {
    expect(buildSchedule(form({}))).toEqual({
      start: '2027-01-12T10:00',
      timeZone: 'Europe/London',
      durationMinutes: 60,
    });
  });

  test('a list of dates sends the further dates in order, each at the start time, without the first, repeats or blanks', () => {
    const s = buildSchedule(
      form({
        time: '14:30',
        repeat: {
          kind: 'dates',
          dates: ['2027-10-05', '', '2027-04-06', '2027-01-12', '2027-04-06'],
        },
      }),
    );
    expect(s.rrule).toBeUndefined();
    expect(s.start).toBe('2027-01-12T14:30');
    expect(s.dates).toEqual(['2027-04-06T14:30', '2027-10-05T14:30']);
  });
});
