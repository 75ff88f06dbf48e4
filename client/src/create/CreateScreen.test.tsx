import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { CreateScreen } from './CreateScreen';

describe('CreateScreen', () => {
  afterEach(() => vi.unstubAllGlobals());

  test('both links carry one new media key in their fragments, and the server never gets it', async () => {
    const fetchMock = vi.fn(async () =>
      Response.json(
        {
          id: 'abc',
          chairUrl: 'http://127.0.0.1/s/abc#k=chairsecret',
          inviteUrl: 'http://127.0.0.1/s/abc#k=invitesecret',
        },
        { status: 201 },
      ),
    );
    vi.stubGlobal('fetch', fetchMock);
    render(<CreateScreen />);
    await userEvent.type(screen.getByTestId('create-title'), 'Thursday');
    await userEvent.click(screen.getByTestId('create-submit'));

    const chair = (await screen.findByTestId<HTMLInputElement>('chair-url')).value;
    const invite = screen.getByTestId<HTMLInputElement>('invite-url').value;
    const key = /#k=chairsecret&e=([A-Za-z0-9_-]{43})$/.exec(chair)?.[1];
    expect(key).toBeDefined();
    expect(invite).toBe(`http://127.0.0.1/s/abc#k=invitesecret&e=${key}`);
    expect(screen.getByTestId('open-chair')).toHaveAttribute('href', chair);
    expect(JSON.stringify(fetchMock.mock.calls)).not.toContain(key);
    // The chair console offers the invite link again later, key included.
    expect(localStorage.getItem('intervision:abc:invite')).toBe(invite);
  });
});
