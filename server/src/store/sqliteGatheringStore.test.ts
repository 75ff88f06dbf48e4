import { describe, expect, it } from 'vitest';
import { openSqliteStore } from './sqliteStore.js';

const gathering = (id: string) => ({
  id,
  title: 'Network day',
  maxParticipants: 2,
  hostSecretHash: `h-${id}`,
  helperSecretHash: `s-${id}`,
  inviteSecretHash: `i-${id}`,
  createdAt: 1,
  stage: 'plenary' as const,
  snapshot: null,
});
const member = (gatheringId: string, identity: string, role: 'host' | 'attendee') => ({
  gatheringId,
  identity,
  name: identity,
  role,
  credentialHash: `c-${gatheringId}-${identity}`,
  joinedAt: 1,
});

describe('sqlite gathering store', () => {
  it('caps attendees but always admits the host', async () => {
    const store = openSqliteStore(':memory:');
    store.createGathering(gathering('g1'));
    expect(store.addGatheringMember(member('g1', 'a', 'attendee'), 2)).toBe(true);
    expect(store.addGatheringMember(member('g1', 'b', 'attendee'), 2)).toBe(true);
    expect(store.addGatheringMember(member('g1', 'c', 'attendee'), 2)).toBe(false);
    expect(store.addGatheringMember(member('g1', 'h', 'host'), 2)).toBe(true);
    expect(store.listGatheringMembers('g1').map((m) => m.identity)).toEqual(['a', 'b', 'h']);
    await store.close();
  });

  it('lists only gatherings whose breakouts run, with their snapshot', async () => {
    const store = openSqliteStore(':memory:');
    store.createGathering(gathering('g1'));
    store.createGathering(gathering('g2'));
    store.saveGatheringSnapshot('g2', 'breakouts', { value: 'breakouts' });
    expect(store.listActiveGatherings()).toMatchObject([
      { id: 'g2', stage: 'breakouts', snapshot: { value: 'breakouts' } },
    ]);
    await store.close();
  });

  it('deleting a gathering deletes its members and their credentials', async () => {
    const store = openSqliteStore(':memory:');
    store.createGathering(gathering('g1'));
    store.addGatheringMember(member('g1', 'a', 'attendee'), 2);
    expect(store.deleteGathering('g1')).toBe(true);
    expect(store.getGathering('g1')).toBeUndefined();
    expect(store.findGatheringMemberByCredentialHash('c-g1-a')).toBeUndefined();
    expect(store.deleteGathering('g1')).toBe(false);
    await store.close();
  });
});
