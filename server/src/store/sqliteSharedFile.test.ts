import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoredSession } from './sessionStore.js';
import { openSqliteStore, type SqliteStore } from './sqliteStore.js';

const session: StoredSession = {
  id: 'shared-1',
  title: 'Shared file',
  methodId: 'intervision',
  phases: [],
  autoAdvance: true,
  maxParticipants: 8,
  chairSecretHash: 'chair',
  inviteSecretHash: 'invite',
  createdAt: 1,
  status: 'lobby',
  snapshot: null,
  groupId: null,
};

/**
 * Another connection (a second cluster node, here a worker thread so it runs while this thread is
 * blocked in SQLite) that takes the file's write lock, writes a session, and commits `holdMs` later.
 * Resolves once the lock is held; `committed` resolves when the worker has committed.
 */
async function writerHoldingLock(file: string, holdMs: number) {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(
    `const { workerData, parentPort } = require('node:worker_threads');
     const Database = require(workerData.driver);
     const db = new Database(workerData.file);
     db.exec('BEGIN IMMEDIATE');
     db.prepare("UPDATE sessions SET title = 'written by the other node' WHERE id = ?").run(workerData.id);
     parentPort.postMessage('locked');
     Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, workerData.holdMs);
     db.exec('COMMIT');
     db.close();
     parentPort.postMessage('committed');`,
    { eval: true, workerData: { driver, file, id: session.id, holdMs } },
  );
  const committed = new Promise<void>((resolve, reject) => {
    worker.on('message', (m) => m === 'committed' && resolve());
    worker.once('error', reject);
  });
  await new Promise<void>((resolve, reject) => {
    worker.on('message', (m) => m === 'locked' && resolve());
    worker.once('error', reject);
  });
  return { committed, worker };
}

describe('two connections on one SQLite file (two cluster nodes)', () => {
  let dir = '';
  let store: SqliteStore | null = null;
  afterEach(async () => {
    await store?.close();
    store = null;
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('a join waits for the other connection’s write to commit instead of failing with SQLITE_BUSY', async () => {
    dir = mkdtempSync(join(tmpdir(), 'intervision-shared-'));
    const file = join(dir, 'intervision.sqlite');
    store = openSqliteStore(file);
    await store.ready;
    await store.createSession(session);
    const other = await writerHoldingLock(file, 300);

    // better-sqlite3 blocks this thread in SQLite's busy wait until the other connection lets go.
    const admitted = await store.addParticipantWithinCap(
      {
        id: 'p1',
        sessionId: session.id,
        name: 'Peer',
        joinRole: 'peer',
        credentialHash: 'cred-p1',
        joinedAt: 2,
        handRaisedAt: null,
      },
      7,
    );
    await other.committed;
    await other.worker.terminate();

    expect(admitted).toBe(true);
    expect((await store.listParticipants(session.id)).map((p) => p.id)).toEqual(['p1']);
    expect((await store.getSession(session.id))?.title).toBe('written by the other node');
  });
});
