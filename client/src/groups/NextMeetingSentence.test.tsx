import { render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { i18next } from '../i18n/i18n';
import type { GroupMeetingView } from '@intervision/shared';
import { NextMeetingSentence } from './NextMeetingSentence';

const meeting = (patch: Partial<GroupMeetingView>): GroupMeetingView => ({
  id: null,
  startsAt: '2027-01-12T10:00:00.000Z',
  endsAt: '2027-01-12T11:00:00.000Z',
  opensAt: '2027-01-12T09:45:00.000Z',
  status: 'scheduled',
  presenterId: null,
  attendeeIds: [],
  ...patch,
});

describe('the member page’s one line', () => {
  test('says the day, the time and when the room opens, in the viewer’s time zone', () => {
    render(<NextMeetingSentence meeting={meeting({})} timeZone="Europe/London" />);
    expect(screen.getByTestId('group-next-line')).toHaveTextContent(
      'Next meeting: Tuesday 12 January, 10:00 — the room opens at 09:45.',
    );
  });

  test('moves the same meeting to the viewer’s own clock in another zone', () => {
    render(<NextMeetingSentence meeting={meeting({})} timeZone="Europe/Amsterdam" />);
    expect(screen.getByTestId('group-next-line')).toHaveTextContent(
      'Next meeting: Tuesday 12 January, 11:00 — the room opens at 10:45.',
    );
  });

  test('says to enter once the room is open, and that it has started once it runs', () => {
    const { rerender } = render(
      <NextMeetingSentence meeting={meeting({ id: 's1', status: 'open' })} timeZone="UTC" />,
    );
    expect(screen.getByTestId('group-next-line')).toHaveTextContent(
      'The room is open for the meeting at 10:00. Enter when you are ready.',
    );
    rerender(<NextMeetingSentence meeting={meeting({ id: 's1', status: 'running' })} />);
    expect(screen.getByTestId('group-next-line')).toHaveTextContent(
      'The meeting has started. Enter now.',
    );
  });

  test('says calmly that nothing is planned when there is no meeting ahead', () => {
    render(<NextMeetingSentence meeting={null} />);
    expect(screen.getByTestId('group-next-line')).toHaveTextContent(
      'No meeting is planned yet. Your facilitator will let you know.',
    );
  });

  test('speaks Dutch with Dutch dates', async () => {
    await i18next.changeLanguage('nl');
    render(<NextMeetingSentence meeting={meeting({})} timeZone="Europe/Amsterdam" />);
    expect(screen.getByTestId('group-next-line')).toHaveTextContent(
      'Volgende bijeenkomst: dinsdag 12 januari, 11:00 — de ruimte gaat open om 10:45.',
    );
  });
});
