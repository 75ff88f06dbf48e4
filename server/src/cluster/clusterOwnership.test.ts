import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore, type SqliteStore } from '../store/sqliteStore.js';
import type { StoredSession } from '../store/sessionStore.js';
import { ClusterOwnership, type Leases } from './clusterOwnership.js';
import type { ClaimResult } from './leaseStore.js';

const logger = pino({ level: 'silent' });

/**
 * Leases as the Redis script keeps them, in memory: one holder per session and an epoch counter
 * that never goes below the store's (`honourFloor: false` plays a Redis that lost its counters and
 * ignores the floor, which the store must then catch).
 */
function memoryLeases(nodeId: string, ttlMs: number, honourFloor = true) {
  const holders = new Map<string, string>();
  const epochs = new Map<string, number>();
  const leases: Leases = {
    nodeId,
    ttlMs,
    claim(sessionId, storedEpoch): Promise<ClaimResult> {
      const holder = holders.get(sessionId);
      if (holder === nodeId) return Promise.resolve({ held: true, epoch: epochs.get(sessionId)! });
      if (holder) return Promise.resolve({ held: false, owner: holder });
      holders.set(sessionId, nodeId);
      let epoch = (epochs.get(sessionId) ?? 0) + 1;
      if (honourFloor && epoch <= storedEpoch) epoch = storedEpoch + 1;
      epochs.set(sessionId, epoch);
      return Promise.resolve({ held: true, epoch });
    },
    extend: (sessionId) => Promise.resolve(holders.get(sessionId) === nodeId),
    release(sessionId) {
      if (holders.get(sessionId) === nodeId) holders.delete(sessionId);
      return Promise.resolve();
    },
    holders: (ids) => Promise.resolve(ids.map((id) => holders.get(id) ?? null)),
  };
  return { leases, holders };
}

const session = (id: string): StoredSession => ({
  id,
  title: 'Owned',
  methodId: 'intervision',
  phases: [{ id: 'presentation', title: 'Presentation', seconds: 60 }],
  autoAdvance: true,
  maxParticipants: 8,
  chairSecretHash: `c-${id}`,
  inviteSecretHash: `i-${id}`,
  createdAt: 1_000,
  status: 'lobby',
  snapshot: null,
  groupId: null,
});

/** Resolves with the first value `register` hands over, or fails after `ms` (no sleeping). */
function nextCall(register: (hear: (id: string) => void) => void, ms = 5_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`nothing within ${ms} ms`)), ms);
    register((id) => {
      clearTimeout(timer);
      resolve(id);
    });
  });
}

describe('cluster ownership over the store', () => {
  const open: Array<{ close(): Promise<void> | void }> = [];
  afterEach(async () => {
    for (const x of open.splice(0).reverse()) await x.close();
  });

  async function storeWith(...ids: string[]): Promise<SqliteStore> {
    const store = openSqliteStore(':memory:');
    open.push(store);
    for (const id of ids) await store.createSession(session(id));
    return store;
  }

  function ownership(
    store: SqliteStore,
    leases: Leases,
    hooks: { onLost?: (id: string) => void; adopt?: (id: string) => Promise<void> } = {},
  ): ClusterOwnership {
    const o = new ClusterOwnership({
      leases,
      store,
      logger,
      onLost: hooks.onLost ?? (() => undefined),
      adopt: hooks.adopt ?? (() => Promise.resolve()),
    });
    open.push({ close: () => o.stop(false) });
    return o;
  }

  it('taking a lease records its epoch in the store, so the former owner is refused before the new one writes', async () => {
    const store = await storeWith('s1');
    // The former owner ran it under epoch 3.
    expect(await store.saveSnapshot('s1', 'running', { by: 'former' }, 3)).toBe(true);
    const { leases } = memoryLeases('b', 10_000);
    const b = ownership(store, leases);

    expect(await b.claim('s1')).toEqual({ held: true });
    expect(b.epochOf('s1')).toBe(4);
    expect((await store.getSession('s1'))?.snapshotEpoch).toBe(4);
    expect(await store.saveSnapshot('s1', 'ended', { by: 'former' }, 3)).toBe(false);
    expect((await store.getSession('s1'))?.snapshot).toEqual({ by: 'former' });
  });

  it('a lease whose epoch is behind the store’s is given back, and the session is not taken', async () => {
    const store = await storeWith('s1');
    expect(await store.claimEpoch('s1', 5)).toBe(true);
    const { leases, holders } = memoryLeases('b', 10_000, false);
    const b = ownership(store, leases);

    expect(await b.claim('s1')).toEqual({ held: false, owner: null });
    expect(b.epochOf('s1')).toBeUndefined();
    expect(holders.has('s1')).toBe(false);
    expect((await store.getSession('s1'))?.snapshotEpoch).toBe(5);
  });

  it('another node’s lease is reported with its holder, and nothing is recorded in the store', async () => {
    const store = await storeWith('s1');
    const { leases, holders } = memoryLeases('b', 10_000);
    holders.set('s1', 'a');
    const b = ownership(store, leases);
    expect(await b.claim('s1')).toEqual({ held: false, owner: 'a' });
    expect(b.epochOf('s1')).toBeUndefined();
    expect(b.heldIds()).toEqual([]);
    expect((await store.getSession('s1'))?.snapshotEpoch).toBe(0);
  });

  it('adopts a running session nobody holds, and lets it go once another node deletes it', async () => {
    const store = await storeWith('running', 'lobby');
    expect(await store.saveSnapshot('running', 'running', { n: 1 })).toBe(true);
    const { leases } = memoryLeases('b', 300);
    let heardAdopt: (id: string) => void = () => undefined;
    let heardLost: (id: string) => void = () => undefined;
    const b = ownership(store, leases, {
      adopt: (id) => {
        heardAdopt(id);
        return Promise.resolve();
      },
      onLost: (id) => heardLost(id),
    });
    const adopted = nextCall((hear) => (heardAdopt = hear));
    b.start();
    expect(await adopted).toBe('running');
    expect(b.heldIds()).toEqual(['running']);
    expect((await store.getSession('running'))?.snapshotEpoch).toBe(b.epochOf('running'));

    const lost = nextCall((hear) => (heardLost = hear));
    expect(await store.deleteSession('running')).toBe(true);
    expect(await lost).toBe('running');
    expect(b.heldIds()).toEqual([]);
  });

  it('a lease lost in Redis stops the session here', async () => {
    const store = await storeWith('s1');
    const { leases, holders } = memoryLeases('b', 300);
    let heardLost: (id: string) => void = () => undefined;
    const b = ownership(store, leases, { onLost: (id) => heardLost(id) });
    expect(await b.claim('s1')).toEqual({ held: true });
    const lost = nextCall((hear) => (heardLost = hear));
    holders.set('s1', 'a'); // a's lease now: b's renewal fails
    b.start();
    expect(await lost).toBe('s1');
    expect(b.epochOf('s1')).toBeUndefined();
  });
});
