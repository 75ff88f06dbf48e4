import type { Ack } from '@intervision/shared';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import type { SendCommand } from '../session/useSession';
import { sessionViewFixture } from '../testing/sessionViewFixture';
import { ParticipantList } from './ParticipantList';

const answering = (ack: Ack) => vi.fn<SendCommand>(async (): Promise<Ack> => ack);

describe('ParticipantList', () => {
  test('the chair has a Remove action for everyone but themself; others have none', () => {
    const view = sessionViewFixture(0);
    const { rerender } = render(
      <ParticipantList view={view} identity="c1" role="chair" send={answering({ ok: true })} />,
    );
    expect(
      screen.getAllByTestId('participant-remove').map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Remove Pat', 'Remove Quinn']);
    rerender(
      <ParticipantList view={view} identity="q1" role="peer" send={answering({ ok: true })} />,
    );
    expect(screen.queryByTestId('participant-remove')).not.toBeInTheDocument();
  });

  test('cancelling the confirmation removes nobody and puts the focus back on the Remove button', async () => {
    const send = answering({ ok: true });
    render(<ParticipantList view={sessionViewFixture(0)} identity="c1" role="chair" send={send} />);
    const quinn = screen.getByRole('button', { name: 'Remove Quinn' });
    await userEvent.click(quinn);
    expect(screen.getByRole('alertdialog')).toHaveTextContent('Remove Quinn from this session?');
    expect(screen.getByTestId('remove-cancel')).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    await waitFor(() => expect(quinn).toHaveFocus());
    expect(send).not.toHaveBeenCalled();
  });

  test('confirming sends participant:remove for that person and moves the focus to the list', async () => {
    const send = answering({ ok: true });
    render(<ParticipantList view={sessionViewFixture(0)} identity="c1" role="chair" send={send} />);
    await userEvent.click(screen.getByRole('button', { name: 'Remove Pat' }));
    await userEvent.click(screen.getByTestId('remove-confirm'));
    expect(send).toHaveBeenCalledWith('participant:remove', { identity: 'p1' });
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { name: /People/ })).toHaveFocus());
  });

  test('a refused removal says why and returns the focus to the Remove button', async () => {
    const send = answering({ ok: false, error: 'not_found' });
    render(<ParticipantList view={sessionViewFixture(0)} identity="c1" role="chair" send={send} />);
    const pat = screen.getByRole('button', { name: 'Remove Pat' });
    await userEvent.click(pat);
    await userEvent.click(screen.getByTestId('remove-confirm'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That person is no longer in the session.',
    );
    await waitFor(() => expect(pat).toHaveFocus());
  });

  test('counts connected peers against the cap, not the chair', () => {
    render(<ParticipantList view={sessionViewFixture(0)} identity="c1" />);
    expect(screen.getByRole('heading', { name: /People/ })).toHaveTextContent('People (2/8)');
  });
});
