import Database from 'better-sqlite3';
import type { SessionStatus } from '@intervision/shared';

/**
 * The store side of a lease: the newest fencing epoch per session, kept beside the snapshot and
 * checked in the same transaction, so a stalled former owner can never overwrite newer state.
 */
export interface EpochFence {
  /** The newest epoch written for the session; 0 when none. */
  epochOf(sessionId: string): number;
  /** Records a new owner's epoch before it loads the snapshot; false when a newer one exists. */
  claim(sessionId: string, epoch: number): boolean;
  /**
   * Writes the snapshot under `epoch`; false (nothing written) when a newer epoch exists or the
   * session is gone.
   */
  save(sessionId: string, status: SessionStatus, snapshot: unknown, epoch: number): boolean;
  /** Running or paused sessions, the ones a dead owner leaves orphaned. */
  runningSessionIds(): string[];
  /** Whether the session exists at all (unknown ids need no lease). */
  exists(sessionId: string): boolean;
  close(): void;
}

/**
 * The fence over the SQLite file every node shares (WAL). It has its own connection and its own
 * table, and writes the snapshot itself so the check and the write are one transaction.
 * TODO(store branch): replace by the store's `saveSnapshot(…, epoch)` once the store carries epochs.
 */
export function openSqliteEpochFence(file: string): EpochFence {
  const db = new Database(file, { timeout: 5_000 });
  db.pragma('journal_mode = WAL');
  db.exec(`CREATE TABLE IF NOT EXISTS session_epochs (
    session_id TEXT PRIMARY KEY,
    epoch INTEGER NOT NULL
  )`);
  const getEpoch = db.prepare<[string], { epoch: number }>(
    'SELECT epoch FROM session_epochs WHERE session_id = ?',
  );
  const putEpoch = db.prepare(
    `INSERT INTO session_epochs (session_id, epoch) VALUES (?, ?)
     ON CONFLICT (session_id) DO UPDATE SET epoch = excluded.epoch`,
  );
  const update = db.prepare('UPDATE sessions SET status = ?, snapshot_json = ? WHERE id = ?');
  const running = db.prepare<[], { id: string }>(
    "SELECT id FROM sessions WHERE status IN ('running', 'paused')",
  );
  const one = db.prepare<[string], { id: string }>('SELECT id FROM sessions WHERE id = ?');
  const epochOf = (id: string) => getEpoch.get(id)?.epoch ?? 0;

  const claim = db.transaction((id: string, epoch: number) => {
    if (epochOf(id) > epoch) return false;
    putEpoch.run(id, epoch);
    return true;
  });
  const save = db.transaction((id: string, status: string, json: string, epoch: number) => {
    if (epochOf(id) > epoch) return false;
    // Deleted meanwhile (by another node's sweep or a group's deletion): nothing left to run.
    if (update.run(status, json, id).changes === 0) return false;
    putEpoch.run(id, epoch);
    return true;
  });

  return {
    epochOf,
    // IMMEDIATE: take the write lock at once, so two nodes never both read the old epoch.
    claim: (id, epoch) => claim.immediate(id, epoch),
    save: (id, status, snapshot, epoch) =>
      save.immediate(id, status, JSON.stringify(snapshot), epoch),
    runningSessionIds: () => running.all().map((r) => r.id),
    exists: (id) => one.get(id) !== undefined,
    close: () => db.close(),
  };
}
