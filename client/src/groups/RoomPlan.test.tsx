import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { generateMediaKey } from '../e2ee/mediaKey';
import { groupCredentialStore } from './groupCredentialStore';
import { groupViewFixture } from './groupFixture';
import { RoomPlan } from './RoomPlan';

describe('the development plan beside the video', () => {
  afterEach(() => vi.unstubAllGlobals());

  test('is read with this browser’s group credential and shown as written', async () => {
    groupCredentialStore.save('g1', {
      credential: 'cred-pat',
      memberId: 'm1',
      role: 'member',
      mediaKey: generateMediaKey(),
      personalUrl: '',
    });
    const plan = '# Goals\n- Say no earlier\n- Ask for supervision **before** the crisis';
    const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) =>
      Response.json(
        groupViewFixture({
          method: 'one-to-one',
          maxMembers: 1,
          plan: { text: plan, updatedAt: '2026-12-01T09:00:00.000Z' },
        }),
      ),
    );
    vi.stubGlobal('fetch', fetchMock);
    render(<RoomPlan groupId="g1" />);
    const region = await screen.findByRole('region', { name: 'Development plan' });
    expect(region.querySelector('.plan-text')?.textContent).toBe(plan);
    expect(new Headers(fetchMock.mock.calls[0]?.[1]?.headers).get('Authorization')).toBe(
      'Bearer cred-pat',
    );
  });

  test('says so where this browser holds no group credential', async () => {
    vi.stubGlobal('fetch', vi.fn());
    render(<RoomPlan groupId="g1" />);
    expect(
      await screen.findByText(
        'The plan cannot be shown in this browser. Open it from the group page.',
      ),
    ).toBeVisible();
  });
});
