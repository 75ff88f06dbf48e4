import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { generateMediaKey } from '../e2ee/mediaKey';
import { groupCredentialStore } from './groupCredentialStore';
import { groupViewFixture } from './groupFixture';
import { GroupPage } from './GroupPage';
import type { GroupView } from '@intervision/shared';

describe('the facilitator adds members', { timeout: 20_000 }, () => {
  const key = generateMediaKey();
  let view: GroupView;
  let links = 0;
  beforeEach(() => {
    links = 0;
    view = groupViewFixture({
      me: { ...groupViewFixture().me, memberId: 'f1', name: 'Fay', role: 'facilitator' },
      members: [{ id: 'f1', name: 'Fay', role: 'facilitator', lastPresentedAt: null, attended: 0 }],
    });
    groupCredentialStore.save('g1', {
      credential: 'cred-fay',
      memberId: 'f1',
      role: 'facilitator',
      mediaKey: key,
      personalUrl: '',
    });
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init: RequestInit = {}) => {
        const method = init.method ?? 'GET';
        if (method === 'POST' && url === '/api/groups/g1/members') {
          const { name } = JSON.parse(String(init.body)) as { name: string };
          view.members = [
            ...view.members,
            { id: 'm2', name, role: 'member', lastPresentedAt: null, attended: 0 },
          ];
          return Response.json(
            { memberId: 'm2', personalUrl: `http://127.0.0.1/g/g1#k=secret${++links}` },
            { status: 201 },
          );
        }
        if (method === 'POST' && url === '/api/groups/g1/members/m2/link')
          return Response.json({ personalUrl: `http://127.0.0.1/g/g1#k=secret${++links}` });
        return Response.json(view);
      }),
    );
  });
  afterEach(() => vi.unstubAllGlobals());

  test('a member added by name gets a personal link with the group’s media key, kept in this browser', async () => {
    render(<GroupPage groupId="g1" />);
    await userEvent.type(await screen.findByTestId('group-add-member-name'), 'Ben');
    await userEvent.click(screen.getByTestId('group-add-member'));
    const row = await screen.findByTestId('group-member');
    expect(within(row).getByText('Ben')).toBeVisible();
    expect(within(row).getByTestId('group-member-link')).toHaveValue(
      `http://127.0.0.1/g/g1#k=secret1&e=${key}`,
    );
    expect(groupCredentialStore.loadLinks('g1').personal.m2).toBe(
      `http://127.0.0.1/g/g1#k=secret1&e=${key}`,
    );
  });

  test('a new link for a lost one is made only after confirming, and replaces the old link', async () => {
    render(<GroupPage groupId="g1" />);
    await userEvent.type(await screen.findByTestId('group-add-member-name'), 'Ben');
    await userEvent.click(screen.getByTestId('group-add-member'));
    await userEvent.click(await screen.findByTestId('group-member-new-link'));
    expect(links).toBe(1);
    await userEvent.click(screen.getByTestId('new-link-m2-confirm'));
    await waitFor(() =>
      expect(screen.getByTestId('group-member-link')).toHaveValue(
        `http://127.0.0.1/g/g1#k=secret2&e=${key}`,
      ),
    );
  });
});
