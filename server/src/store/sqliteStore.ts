import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { SessionPhase, SessionStatus } from '@intervision/shared';
import type { GroupStore } from './groupStore.js';
import type { JoinRole, SessionStore, StoredParticipant, StoredSession } from './sessionStore.js';
import { migrate } from './sqliteSchema.js';
import { sqliteGroupStore } from './sqliteGroupStore.js';

/** Sessions and groups live in one file: a group's meeting is a session. */
export type SqliteStore = SessionStore & GroupStore;

interface SessionRow {
  id: string;
  title: string;
  method_id: string;
  phases_json: string;
  auto_advance: number;
  max_participants: number;
  chair_secret_hash: string;
  invite_secret_hash: string;
  created_at: number;
  status: string;
  snapshot_json: string | null;
  group_id: string | null;
}

interface ParticipantRow {
  id: string;
  session_id: string;
  name: string;
  join_role: string;
  credential_hash: string;
  joined_at: number;
  hand_raised_at: number | null;
}

const toSession = (r: SessionRow): StoredSession => ({
  id: r.id,
  title: r.title,
  methodId: r.method_id,
  phases: JSON.parse(r.phases_json) as SessionPhase[],
  autoAdvance: r.auto_advance === 1,
  maxParticipants: r.max_participants,
  chairSecretHash: r.chair_secret_hash,
  inviteSecretHash: r.invite_secret_hash,
  createdAt: r.created_at,
  status: r.status as SessionStatus,
  snapshot: r.snapshot_json === null ? null : (JSON.parse(r.snapshot_json) as unknown),
  groupId: r.group_id,
});

const toParticipant = (r: ParticipantRow): StoredParticipant => ({
  id: r.id,
  sessionId: r.session_id,
  name: r.name,
  joinRole: r.join_role as JoinRole,
  credentialHash: r.credential_hash,
  joinedAt: r.joined_at,
  handRaisedAt: r.hand_raised_at,
});

/** The embedded default store: one SQLite file (`:memory:` for unit tests). */
export function openSqliteStore(file: string): SqliteStore {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  // WAL survives a process crash with every committed write; secure_delete overwrites deleted
  // rows so a deleted case does not linger in free pages of the file.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
  migrate(db);

  const insertSession = db.prepare(
    `INSERT INTO sessions (id, title, method_id, phases_json, auto_advance, max_participants,
       chair_secret_hash, invite_secret_hash, created_at, status, snapshot_json, group_id)
     VALUES (@id, @title, @methodId, @phasesJson, @autoAdvance, @maxParticipants,
       @chairSecretHash, @inviteSecretHash, @createdAt, @status, @snapshotJson, @groupId)`,
  );
  const createSession = (s: StoredSession) => {
    insertSession.run({
      ...s,
      phasesJson: JSON.stringify(s.phases),
      autoAdvance: s.autoAdvance ? 1 : 0,
      snapshotJson: s.snapshot === null ? null : JSON.stringify(s.snapshot),
    });
  };
  // secure_delete only zeroes the main file; the WAL still holds every page written since the
  // last checkpoint (title, names, question). Copy it back and truncate it to zero bytes now.
  const checkpoint = () => db.pragma('wal_checkpoint(TRUNCATE)');
  const selectSession = db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE id = ?');
  const selectRunning = db.prepare<[], SessionRow>(
    "SELECT * FROM sessions WHERE status IN ('running', 'paused') ORDER BY created_at",
  );
  // An ended session's end time is the machine's own (`context.endedAt`, from the injected clock).
  const selectExpired = db.prepare<[number, number], { id: string }>(
    `SELECT id FROM sessions
     WHERE (status = 'lobby' AND created_at <= ?)
        OR (status = 'ended' AND COALESCE(json_extract(snapshot_json, '$.context.endedAt'), 0) <= ?)
     ORDER BY created_at`,
  );
  const updateSnapshot = db.prepare(
    'UPDATE sessions SET status = ?, snapshot_json = ? WHERE id = ?',
  );
  const removeSession = db.prepare('DELETE FROM sessions WHERE id = ?');
  const countPeers = db.prepare<[string], { n: number }>(
    "SELECT COUNT(*) AS n FROM participants WHERE session_id = ? AND join_role = 'peer'",
  );
  const insertParticipant = db.prepare(
    `INSERT INTO participants (id, session_id, name, join_role, credential_hash, joined_at, hand_raised_at)
     VALUES (@id, @sessionId, @name, @joinRole, @credentialHash, @joinedAt, @handRaisedAt)`,
  );
  const selectParticipants = db.prepare<[string], ParticipantRow>(
    'SELECT * FROM participants WHERE session_id = ? ORDER BY joined_at, rowid',
  );
  const selectByCredential = db.prepare<[string], ParticipantRow>(
    'SELECT * FROM participants WHERE credential_hash = ?',
  );
  const updateHand = db.prepare(
    'UPDATE participants SET hand_raised_at = ? WHERE session_id = ? AND id = ?',
  );
  const removeOne = db.prepare('DELETE FROM participants WHERE session_id = ? AND id = ?');
  const updateParticipantRow = db.prepare(
    `UPDATE participants SET name = COALESCE(?, name), join_role = COALESCE(?, join_role),
       credential_hash = COALESCE(?, credential_hash)
     WHERE session_id = ? AND id = ?`,
  );

  const addWithinCap = db.transaction((p: StoredParticipant, max: number): boolean => {
    if (p.joinRole === 'peer' && (countPeers.get(p.sessionId)?.n ?? 0) >= max) return false;
    insertParticipant.run(p);
    return true;
  });

  return {
    ...sqliteGroupStore(db, createSession, checkpoint),
    createSession,
    getSession(id) {
      const row = selectSession.get(id);
      return row ? toSession(row) : undefined;
    },
    listRunningSessions: () => selectRunning.all().map(toSession),
    listExpired: (lobbyCreatedBefore, endedBefore) =>
      selectExpired.all(lobbyCreatedBefore, endedBefore).map((r) => r.id),
    saveSnapshot(id, status, snapshot) {
      updateSnapshot.run(status, JSON.stringify(snapshot), id);
    },
    deleteSession(id) {
      const removed = removeSession.run(id).changes > 0;
      if (removed) checkpoint();
      return removed;
    },
    // IMMEDIATE: it reads, then writes. A deferred transaction would hold a read snapshot when it
    // asks for the write lock, and SQLite fails that at once (SQLITE_BUSY, no busy wait) whenever
    // another connection to the file (another cluster node) is writing or wrote since.
    addParticipantWithinCap: (p, max) => addWithinCap.immediate(p, max),
    removeParticipant: (sessionId, participantId) =>
      removeOne.run(sessionId, participantId).changes > 0,
    updateParticipant(sessionId, participantId, { name, joinRole, credentialHash }) {
      updateParticipantRow.run(
        name ?? null,
        joinRole ?? null,
        credentialHash ?? null,
        sessionId,
        participantId,
      );
    },
    listParticipants: (sessionId) => selectParticipants.all(sessionId).map(toParticipant),
    findParticipantByCredentialHash(hash) {
      const row = selectByCredential.get(hash);
      return row ? toParticipant(row) : undefined;
    },
    setHand(sessionId, participantId, raisedAt) {
      updateHand.run(raisedAt, sessionId, participantId);
    },
    close: () => db.close(),
  };
}
