import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { generateMediaKey } from '../e2ee/mediaKey';
import { groupCredentialStore } from './groupCredentialStore';
import { groupViewFixture } from './groupFixture';
import { GroupPage } from './GroupPage';
import type { GroupView } from '@intervision/shared';

function serve(view: GroupView, enter?: { status: number; body: unknown }) {
  const fetchMock = vi.fn(async (url: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    if (method === 'POST' && url === '/api/groups/g1/enter')
      return Response.json(
        enter?.body ?? {
          credential: 'cred-ann',
          memberId: 'm1',
          role: 'member',
          personalUrl: 'http://127.0.0.1/g/g1#k=annsecret',
        },
        { status: enter?.status ?? 200 },
      );
    if (method === 'POST' && url === '/api/groups/g1/agreement') {
      view.me = { ...view.me, agreementAcceptedAt: '2026-12-03T10:00:00.000Z' };
      return new Response(null, { status: 204 });
    }
    if (new Headers(init.headers).get('Authorization') !== 'Bearer cred-ann')
      return Response.json({ error: 'unauthorized', message: 'No.' }, { status: 401 });
    return Response.json(view);
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('the group page', { timeout: 20_000 }, () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    window.history.replaceState(null, '', '/');
  });

  test('a personal link enters once, is kept in this browser with its media key, and leaves the address bar', async () => {
    const key = generateMediaKey();
    window.history.replaceState(null, '', `/g/g1#k=annsecret&e=${key}`);
    const fetchMock = serve(groupViewFixture());
    render(<GroupPage groupId="g1" />);
    expect(await screen.findByTestId('group-member-page')).toBeVisible();
    const enters = fetchMock.mock.calls.filter(([url]) => url === '/api/groups/g1/enter');
    expect(enters).toHaveLength(1);
    const enter = enters[0];
    expect(JSON.parse(String(enter?.[1]?.body))).toEqual({ secret: 'annsecret' });
    expect(window.location.hash).toBe('');
    expect(window.location.pathname).toBe('/g/g1');
    expect(groupCredentialStore.load('g1')).toEqual({
      credential: 'cred-ann',
      memberId: 'm1',
      role: 'member',
      mediaKey: key,
      personalUrl: `http://127.0.0.1/g/g1#k=annsecret&e=${key}`,
    });
    expect(screen.getByTestId('group-my-link')).toHaveValue(
      `http://127.0.0.1/g/g1#k=annsecret&e=${key}`,
    );
  });

  test('without a link in the address bar the page opens with what this browser kept', async () => {
    groupCredentialStore.save('g1', {
      credential: 'cred-ann',
      memberId: 'm1',
      role: 'member',
      mediaKey: generateMediaKey(),
      personalUrl: '',
    });
    serve(groupViewFixture());
    window.history.replaceState(null, '', '/g/g1');
    render(<GroupPage groupId="g1" />);
    expect(await screen.findByTestId('group-next-line')).toHaveTextContent(/^Next meeting: /);
    expect(screen.queryByTestId('group-facilitator-page')).toBeNull();
    expect(screen.queryByTestId('group-enter-meeting')).toBeNull();
  });

  test('a credential the server no longer knows is explained and forgotten', async () => {
    groupCredentialStore.save('g1', {
      credential: 'cred-removed',
      memberId: 'm1',
      role: 'member',
      mediaKey: generateMediaKey(),
      personalUrl: '',
    });
    serve(groupViewFixture());
    render(<GroupPage groupId="g1" />);
    expect(await screen.findByTestId('group-problem')).toHaveTextContent(
      'This link does not work (any more)',
    );
    expect(groupCredentialStore.load('g1')).toBeNull();
  });

  test('the agreement is accepted once and then shows the date it was accepted', async () => {
    const key = generateMediaKey();
    window.history.replaceState(null, '', `/g/g1#k=annsecret&e=${key}`);
    serve(groupViewFixture());
    render(<GroupPage groupId="g1" />);
    const accept = await screen.findByTestId('group-agreement-accept');
    expect(accept).toBeDisabled();
    await userEvent.click(screen.getByTestId('group-agreement-check'));
    await userEvent.click(accept);
    expect(await screen.findByTestId('group-agreement-accepted')).toHaveTextContent(
      'You accepted this on 3 December 2026.',
    );
    expect(screen.queryByTestId('group-agreement-accept')).toBeNull();
  });

  test('an open meeting offers the way in', async () => {
    const open = {
      ...groupViewFixture().meetings[0]!,
      id: 'sess-1',
      status: 'open' as const,
    };
    groupCredentialStore.save('g1', {
      credential: 'cred-ann',
      memberId: 'm1',
      role: 'member',
      mediaKey: generateMediaKey(),
      personalUrl: '',
    });
    serve(groupViewFixture({ meetings: [open], nextMeeting: open }));
    render(<GroupPage groupId="g1" />);
    expect(await screen.findByTestId('group-enter-meeting')).toHaveTextContent('Enter the meeting');
  });

  test('an enrolment link opened as a group page without its key says the link is incomplete', async () => {
    window.history.replaceState(null, '', '/g/g1#k=annsecret');
    serve(groupViewFixture());
    render(<GroupPage groupId="g1" />);
    expect(await screen.findByTestId('group-problem')).toHaveAttribute(
      'data-problem',
      'no_media_key',
    );
  });
});
