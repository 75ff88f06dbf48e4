import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { JoinScreen } from './JoinScreen';

// The preview needs real devices; these tests are about what the link opens.
vi.mock('./DevicePreview', () => ({ DevicePreview: () => null }));

const KEY = 'A'.repeat(43);

/** A server that answers the preview as given and records every request. */
function serverAnswering(preview: () => Response) {
  const calls: Array<{ url: string; body: unknown }> = [];
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    calls.push({ url, body: init?.body ? JSON.parse(String(init.body)) : null });
    if (url.endsWith('/preview')) return preview();
    return Response.json({ error: 'internal', message: 'unexpected' }, { status: 500 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return calls;
}

const renderJoin = () =>
  render(
    <JoinScreen sessionId="s1" secret="abc" mediaKey={KEY} e2eeSupported onJoined={vi.fn()} />,
  );

describe('JoinScreen says what the link opens', () => {
  afterEach(() => vi.unstubAllGlobals());

  test('the heading names the session and the role the link gives, and the form stays open', async () => {
    const calls = serverAnswering(() =>
      Response.json({
        title: 'Team North, March',
        methodId: 'intervision',
        role: 'chair',
        status: 'lobby',
      }),
    );
    renderJoin();
    expect(await screen.findByTestId('join-heading')).toHaveTextContent(
      'You are joining Team North, March as the chair',
    );
    expect(screen.getByTestId('join-name')).toBeInTheDocument();
    expect(calls).toEqual([{ url: '/api/sessions/s1/preview', body: { secret: 'abc' } }]);
  });

  test('a wrong link is said at once, before any name is typed, and the form is gone', async () => {
    serverAnswering(() =>
      Response.json({ error: 'unauthorized', message: 'wrong' }, { status: 401 }),
    );
    renderJoin();
    expect(await screen.findByTestId('error-message')).toHaveTextContent('This link does not work');
    expect(screen.queryByTestId('join-name')).toBeNull();
    expect(screen.queryByTestId('join-submit')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Join the session');
  });

  test('a session that has ended is said at once, and the form is gone', async () => {
    serverAnswering(() =>
      Response.json({ error: 'session_ended', message: 'over' }, { status: 410 }),
    );
    renderJoin();
    expect(await screen.findByTestId('error-message')).toHaveTextContent('This session has ended');
    expect(screen.queryByTestId('join-name')).toBeNull();
  });

  test('a preview that cannot get through leaves the form usable with the plain heading', async () => {
    const calls = serverAnswering(() =>
      Response.json({ error: 'rate_limited', message: 'slow down' }, { status: 429 }),
    );
    renderJoin();
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    await userEvent.type(screen.getByTestId('join-name'), 'Sam');
    await userEvent.click(screen.getByTestId('join-accept'));
    await userEvent.click(screen.getByTestId('join-submit'));
    await vi.waitFor(() => expect(calls.map((c) => c.url)).toContain('/api/sessions/s1/join'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Join the session');
  });
});
