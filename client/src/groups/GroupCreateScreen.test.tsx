import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { GroupCreateScreen } from './GroupCreateScreen';

type Body = { schedule?: Record<string, unknown>; maxMembers?: number; title?: string };

describe('creating a group', { timeout: 20_000 }, () => {
  let fetchMock: ReturnType<typeof vi.fn>;
  const sent = (): Body => {
    const init = fetchMock.mock.calls[0]?.[1] as RequestInit | undefined;
    return JSON.parse(String(init?.body)) as Body;
  };

  beforeEach(() => {
    fetchMock = vi.fn(async () =>
      Response.json(
        {
          id: 'g1',
          facilitatorUrl: 'http://127.0.0.1/g/g1#k=facsecret',
          enrolUrl: 'http://127.0.0.1/g/g1/enrol#k=enrolsecret',
        },
        { status: 201 },
      ),
    );
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => vi.unstubAllGlobals());

  async function fillBasics(zone = 'Europe/London') {
    render(<GroupCreateScreen />);
    fireEvent.change(screen.getByTestId('group-title'), { target: { value: 'North group' } });
    fireEvent.change(screen.getByTestId('group-start-date'), { target: { value: '2027-01-12' } });
    fireEvent.change(screen.getByTestId('group-start-time'), { target: { value: '10:00' } });
    fireEvent.change(screen.getByTestId('group-time-zone'), { target: { value: zone } });
  }

  test('monthly is offered on the start date’s weekday and sent as that RRULE in the chosen zone', async () => {
    await fillBasics();
    const monthly = screen.getByRole('radio', { name: 'Monthly, on the second Tuesday' });
    await userEvent.click(monthly);
    await userEvent.click(screen.getByTestId('group-submit'));
    await screen.findByTestId('group-facilitator-url');
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/groups');
    expect(sent().schedule).toEqual({
      start: '2027-01-12T10:00',
      timeZone: 'Europe/London',
      rrule: 'FREQ=MONTHLY;BYDAY=2TU',
      durationMinutes: 60,
    });
    expect(sent().maxMembers).toBe(8);
  });

  test('every three weeks is sent as a weekly rule with an interval', async () => {
    await fillBasics();
    await userEvent.click(screen.getByTestId('group-repeat-weeks'));
    fireEvent.change(screen.getByTestId('group-repeat-interval'), { target: { value: '3' } });
    await userEvent.click(screen.getByTestId('group-submit'));
    await screen.findByTestId('group-facilitator-url');
    expect(sent().schedule).toMatchObject({ rrule: 'FREQ=WEEKLY;INTERVAL=3' });
  });

  test('a list of dates is sent as the dates after the first meeting, and no rule', async () => {
    await fillBasics();
    await userEvent.click(screen.getByTestId('group-repeat-dates'));
    fireEvent.change(screen.getByTestId('group-extra-date'), { target: { value: '2027-04-13' } });
    await userEvent.click(screen.getByTestId('group-add-date'));
    fireEvent.change(screen.getAllByTestId('group-extra-date')[1]!, {
      target: { value: '2027-07-13' },
    });
    await userEvent.click(screen.getByTestId('group-submit'));
    await screen.findByTestId('group-facilitator-url');
    expect(sent().schedule).toEqual({
      start: '2027-01-12T10:00',
      timeZone: 'Europe/London',
      dates: ['2027-04-13T10:00', '2027-07-13T10:00'],
      durationMinutes: 60,
    });
  });

  test('an unknown time zone is explained and nothing is sent', async () => {
    await fillBasics('Europe/Atlantis');
    await userEvent.click(screen.getByTestId('group-submit'));
    expect(screen.getByText('This time zone is not known. Pick one from the list.')).toBeVisible();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  test('both links carry one new media key that the server never sees, and this browser keeps the enrolment link', async () => {
    await fillBasics();
    await userEvent.click(screen.getByTestId('group-submit'));
    const facilitator = (await screen.findByTestId<HTMLTextAreaElement>('group-facilitator-url'))
      .value;
    const key = /#k=facsecret&e=([A-Za-z0-9_-]{43})$/.exec(facilitator)?.[1];
    expect(key).toBeDefined();
    expect(screen.getByTestId<HTMLTextAreaElement>('group-enrol-url').value).toBe(
      `http://127.0.0.1/g/g1/enrol#k=enrolsecret&e=${key}`,
    );
    expect(screen.getByTestId('group-open-page')).toHaveAttribute('href', facilitator);
    expect(JSON.stringify(fetchMock.mock.calls)).not.toContain(key);
    expect(localStorage.getItem('intervision:group:g1:links')).toContain(`&e=${key}`);
  });

  test('choosing the one-to-one method makes the group one practitioner', async () => {
    render(<GroupCreateScreen />);
    await userEvent.selectOptions(screen.getByTestId('create-method'), 'one-to-one');
    expect(screen.getByTestId('group-max')).toHaveValue(1);
  });
});
