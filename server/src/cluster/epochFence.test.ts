import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sqliteStore.js';
import { openSqliteEpochFence, type EpochFence } from './epochFence.js';

describe('the SQLite epoch fence', () => {
  const dirs: string[] = [];
  const open: Array<{ close(): void }> = [];
  afterEach(() => {
    for (const x of open.splice(0)) x.close();
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  function setup(): { file: string; fence: EpochFence; other: EpochFence } {
    const dir = mkdtempSync(join(tmpdir(), 'intervision-fence-'));
    dirs.push(dir);
    const file = join(dir, 'intervision.sqlite');
    const store = openSqliteStore(file);
    store.createSession({
      id: 's1',
      title: 'Fenced',
      methodId: 'intervision',
      phases: [],
      autoAdvance: true,
      maxParticipants: 8,
      chairSecretHash: 'c',
      inviteSecretHash: 'i',
      createdAt: 0,
      status: 'lobby',
      snapshot: null,
      groupId: null,
    });
    open.push(store);
    // Two connections to one file, as two nodes have.
    const fence = openSqliteEpochFence(file);
    const other = openSqliteEpochFence(file);
    open.push(fence, other);
    return { file, fence, other };
  }

  it('refuses a snapshot written under an older epoch and keeps the newer one', () => {
    const { file, fence, other } = setup();
    expect(fence.save('s1', 'running', { owner: 'old' }, 1)).toBe(true);
    expect(other.claim('s1', 2)).toBe(true);
    expect(other.save('s1', 'running', { owner: 'new' }, 2)).toBe(true);
    expect(fence.save('s1', 'ended', { owner: 'old' }, 1)).toBe(false);
    const store = openSqliteStore(file);
    open.push(store);
    expect(store.getSession('s1')).toMatchObject({ status: 'running', snapshot: { owner: 'new' } });
    expect(fence.epochOf('s1')).toBe(2);
  });

  it('a claim fences out the former owner before the new owner has written anything', () => {
    const { fence, other } = setup();
    expect(fence.save('s1', 'running', { n: 1 }, 3)).toBe(true);
    expect(other.claim('s1', 4)).toBe(true);
    expect(fence.save('s1', 'running', { n: 2 }, 3)).toBe(false);
    expect(fence.claim('s1', 3)).toBe(false);
  });

  it('lists running and paused sessions and knows which sessions exist', () => {
    const { fence } = setup();
    expect(fence.runningSessionIds()).toEqual([]);
    fence.save('s1', 'paused', {}, 1);
    expect(fence.runningSessionIds()).toEqual(['s1']);
    expect(fence.exists('s1')).toBe(true);
    expect(fence.exists('nope')).toBe(false);
  });
});
