import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { CreateScreen } from './CreateScreen';
import { LinksPage } from './LinksPage';

describe('the links page', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    window.history.replaceState(null, '', '/');
  });

  test('survives a reload: its address leads back to both links, told apart, with an invitation', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        Response.json(
          {
            id: 'abc',
            chairUrl: 'http://127.0.0.1/s/abc#k=chairsecret',
            inviteUrl: 'http://127.0.0.1/s/abc#k=invitesecret',
          },
          { status: 201 },
        ),
      ),
    );
    const first = render(<CreateScreen />);
    await userEvent.type(screen.getByTestId('create-title'), 'Thursday');
    await userEvent.click(screen.getByTestId('create-submit'));
    const invite = (await screen.findByTestId<HTMLTextAreaElement>('invite-url')).value;
    expect(window.location.pathname).toBe('/links/abc');
    expect(window.location.href).not.toContain('chairsecret');
    first.unmount();

    render(<LinksPage sessionId="abc" />);
    expect(screen.getByText('For you only')).toBeInTheDocument();
    expect(screen.getByText('For the group')).toBeInTheDocument();
    expect(screen.getByTestId<HTMLTextAreaElement>('invite-url').value).toBe(invite);
    expect(screen.getByTestId<HTMLTextAreaElement>('chair-url').value).toContain('chairsecret');
    const invitation = screen.getByTestId<HTMLTextAreaElement>('invitation-text').value;
    expect(invitation).toContain('“Thursday”');
    expect(invitation).toContain(invite);
    expect(invitation).not.toContain('chairsecret');
  });

  test('in another browser it says where the links are instead of showing an empty page', () => {
    render(<LinksPage sessionId="nope" />);
    expect(screen.getByTestId('links-lost')).toHaveTextContent(
      /only in the browser that created it/,
    );
  });
});
