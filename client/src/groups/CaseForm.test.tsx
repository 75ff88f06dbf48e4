import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { generateMediaKey } from '../e2ee/mediaKey';
import { groupViewFixture } from './groupFixture';
import { groupCredentialStore } from './groupCredentialStore';
import { GroupPage } from './GroupPage';
import type { GroupCaseView, GroupView } from '@intervision/shared';

/** Just enough of the group routes to see what the member page sends and shows back. */
function fakeServer(view: GroupView) {
  const calls: Array<{ method: string; url: string; auth: string | null; body: unknown }> = [];
  const fetchMock = vi.fn(async (url: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    const auth = new Headers(init.headers).get('Authorization');
    const body: unknown = init.body ? JSON.parse(String(init.body)) : undefined;
    calls.push({ method, url, auth, body });
    if (method === 'GET' && url === '/api/groups/g1') return Response.json(view);
    if (method === 'POST' && url === '/api/groups/g1/cases') {
      const b = body as { title: string; question: string };
      if (b.title === 'refused')
        return Response.json(
          { error: 'bad_request', message: 'The title is too long.' },
          { status: 400 },
        );
      const c: GroupCaseView = {
        id: `c${view.cases.length + 1}`,
        ...b,
        authorId: 'm1',
        authorName: 'Ann',
        meetingId: null,
        createdAt: '2026-12-01T09:00:00.000Z',
      };
      view.cases = [...view.cases, c];
      return Response.json({ id: c.id }, { status: 201 });
    }
    if (method === 'DELETE' && url.startsWith('/api/groups/g1/cases/')) {
      view.cases = view.cases.filter((c) => !url.endsWith(`/${c.id}`));
      return new Response(null, { status: 204 });
    }
    if (method === 'POST' && url === '/api/groups/g1/agreement') {
      view.me = { ...view.me, agreementAcceptedAt: '2026-12-03T10:00:00.000Z' };
      return new Response(null, { status: 204 });
    }
    return Response.json({ error: 'not_found', message: 'No such route.' }, { status: 404 });
  });
  return { calls, fetchMock };
}

describe('the member brings a case', { timeout: 20_000 }, () => {
  let server: ReturnType<typeof fakeServer>;
  beforeEach(() => {
    server = fakeServer(groupViewFixture());
    vi.stubGlobal('fetch', server.fetchMock);
    groupCredentialStore.save('g1', {
      credential: 'cred-ann',
      memberId: 'm1',
      role: 'member',
      mediaKey: generateMediaKey(),
      personalUrl: 'http://127.0.0.1/g/g1#k=annsecret&e=key',
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  test('the case can be sent only with both a title and a question, and is then listed as theirs', async () => {
    render(<GroupPage groupId="g1" />);
    const submit = await screen.findByTestId('group-case-submit');
    await userEvent.type(screen.getByTestId('group-case-title'), '  A family I lost touch with ');
    expect(submit).toBeDisabled();
    await userEvent.type(screen.getByTestId('group-case-question'), 'How do I keep the door open?');
    await userEvent.click(submit);

    const sentCase = server.calls.find((c) => c.method === 'POST');
    expect(sentCase).toEqual({
      method: 'POST',
      url: '/api/groups/g1/cases',
      auth: 'Bearer cred-ann',
      body: { title: 'A family I lost touch with', question: 'How do I keep the door open?' },
    });
    expect(await screen.findByTestId('group-case')).toHaveTextContent(
      'A family I lost touch withHow do I keep the door open?',
    );
    // The form is empty again for another case.
    expect(screen.getByTestId('group-case-title')).toHaveValue('');
  });

  test('withdrawing a case deletes it on the server and takes it off the page', async () => {
    render(<GroupPage groupId="g1" />);
    await userEvent.type(await screen.findByTestId('group-case-title'), 'Supervision dilemma');
    await userEvent.type(screen.getByTestId('group-case-question'), 'What am I missing?');
    await userEvent.click(screen.getByTestId('group-case-submit'));
    await userEvent.click(
      await screen.findByRole('button', { name: 'Withdraw “Supervision dilemma”' }),
    );
    await waitFor(() => expect(screen.queryByTestId('group-case')).toBeNull());
    expect(
      server.calls.some((c) => c.method === 'DELETE' && c.url === '/api/groups/g1/cases/c1'),
    ).toBe(true);
    expect(screen.getByText('No cases yet.')).toBeVisible();
  });

  test('a refused case shows the server’s reason and keeps what was typed', async () => {
    render(<GroupPage groupId="g1" />);
    await userEvent.type(await screen.findByTestId('group-case-title'), 'refused');
    await userEvent.type(screen.getByTestId('group-case-question'), 'Why?');
    await userEvent.click(screen.getByTestId('group-case-submit'));
    expect(await screen.findByRole('alert')).toHaveTextContent('The title is too long.');
    expect(screen.getByTestId('group-case-title')).toHaveValue('refused');
    expect(screen.queryByTestId('group-case')).toBeNull();
  });
});
