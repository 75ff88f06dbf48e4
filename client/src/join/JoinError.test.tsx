import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { JoinError } from './JoinError';
import { JoinScreen } from './JoinScreen';
import type { JoinProblem } from './joinProblem';

vi.mock('./DevicePreview', () => ({
  DevicePreview: ({ children }: { children: ReactNode }) => <div>preview{children}</div>,
}));

const KEY = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

describe('JoinError', () => {
  test.each<[JoinProblem, RegExp]>([
    ['session_full', /This group is full/],
    ['session_ended', /This session has ended/],
    ['not_found', /This session does not exist/],
    ['deleted', /This session was deleted/],
    ['unauthorized', /This link does not work/],
    ['bad_link', /This link is incomplete/],
    ['no_media_key', /This link is incomplete.*Ask the chair for the full link/],
    ['e2ee_unsupported', /This browser cannot join privately.*Chrome, Edge, Firefox or Safari/],
    ['camera_denied', /Camera or microphone blocked.*You can still join/],
    ['network', /The server cannot be reached/],
    ['media_unavailable', /Video is unavailable/],
    ['internal', /Something went wrong/],
  ])('explains %s in plain words', (problem, message) => {
    render(<JoinError problem={problem} />);
    expect(screen.getByTestId('error-message')).toHaveTextContent(message);
    expect(screen.getByRole('alert')).toBeInTheDocument();
  });
});

describe('JoinScreen errors', () => {
  afterEach(() => vi.unstubAllGlobals());

  // The link previews fine; the join itself is refused (the session may end, or fill, in between).
  const answer = (status: number, error: string) =>
    vi.fn(async (url: string) =>
      url.endsWith('/preview')
        ? Response.json({ title: 'T', methodId: 'intervision', role: 'peer', status: 'lobby' })
        : new Response(JSON.stringify({ error, message: 'x' }), { status }),
    );

  async function joinAs(name: string) {
    await userEvent.type(screen.getByTestId('join-name'), name);
    await userEvent.click(screen.getByTestId('join-accept'));
    await userEvent.click(screen.getByTestId('join-submit'));
  }

  test.each([
    [409, 'session_full', /This group is full/],
    [410, 'session_ended', /This session has ended/],
    [404, 'not_found', /This session does not exist/],
    [401, 'unauthorized', /This link does not work/],
  ])('an HTTP %i %s answer shows its message', async (status, code, message) => {
    vi.stubGlobal('fetch', answer(status, code));
    render(
      <JoinScreen sessionId="s1" secret="abc" mediaKey={KEY} e2eeSupported onJoined={vi.fn()} />,
    );
    await joinAs('Sam');
    expect(await screen.findByTestId('error-message')).toHaveTextContent(message);
  });

  test('a link without its secret says so and offers no form', () => {
    render(
      <JoinScreen sessionId="s1" secret={null} mediaKey={KEY} e2eeSupported onJoined={vi.fn()} />,
    );
    expect(screen.getByTestId('error-message')).toHaveTextContent(/This link is incomplete/);
    expect(screen.queryByTestId('join-submit')).not.toBeInTheDocument();
  });

  test('a link without its media key says it is incomplete and offers no form', () => {
    render(
      <JoinScreen sessionId="s1" secret="abc" mediaKey={null} e2eeSupported onJoined={vi.fn()} />,
    );
    expect(screen.getByTestId('error-message')).toHaveTextContent(
      /This link is incomplete.*Ask the chair for the full link/,
    );
    expect(screen.queryByTestId('join-submit')).not.toBeInTheDocument();
  });

  test('a browser that cannot encrypt media is told why and which browsers work, with no form', () => {
    render(
      <JoinScreen
        sessionId="s1"
        secret="abc"
        mediaKey={KEY}
        e2eeSupported={false}
        onJoined={vi.fn()}
      />,
    );
    expect(screen.getByTestId('error-message')).toHaveTextContent(
      /cannot join privately.*encrypted.*Chrome, Edge, Firefox or Safari/,
    );
    expect(screen.queryByTestId('join-submit')).not.toBeInTheDocument();
  });

  test('cannot enter before accepting the confidentiality agreement', async () => {
    render(
      <JoinScreen sessionId="s1" secret="abc" mediaKey={KEY} e2eeSupported onJoined={vi.fn()} />,
    );
    await userEvent.type(screen.getByTestId('join-name'), 'Sam');
    expect(screen.getByTestId('join-submit')).toBeDisabled();
    await userEvent.click(screen.getByTestId('join-accept'));
    expect(screen.getByTestId('join-submit')).toBeEnabled();
  });

  test('a successful join stores the credential and media key but never sends the key', async () => {
    const view = { id: 's1' };
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        Response.json({
          credential: 'cred',
          identity: 'i1',
          role: 'peer',
          sessionId: 's1',
          view,
          livekit: null,
          mediaError: null,
        }),
      ),
    );
    const onJoined = vi.fn();
    render(
      <JoinScreen sessionId="s1" secret="abc" mediaKey={KEY} e2eeSupported onJoined={onJoined} />,
    );
    await joinAs('Sam');
    expect(onJoined).toHaveBeenCalledOnce();
    const fetched = vi.mocked(fetch).mock.calls.map((call) => JSON.stringify(call));
    expect(fetched.join('\n')).not.toContain(KEY);
    expect(JSON.parse(localStorage.getItem('intervision:s1') ?? '{}')).toMatchObject({
      credential: 'cred',
      identity: 'i1',
      role: 'peer',
      name: 'Sam',
      mediaKey: KEY,
    });
  });
});
