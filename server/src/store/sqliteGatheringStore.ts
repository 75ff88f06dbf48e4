import type Database from 'better-sqlite3';
import type { GatheringRole, GatheringStage } from '@intervision/shared';
import type { GatheringStore, StoredGathering, StoredGatheringMember } from './gatheringStore.js';

const TABLES = `
CREATE TABLE IF NOT EXISTS gatherings (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  max_participants INTEGER NOT NULL,
  host_secret_hash TEXT NOT NULL,
  helper_secret_hash TEXT NOT NULL,
  invite_secret_hash TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  stage TEXT NOT NULL,
  snapshot_json TEXT
);
CREATE TABLE IF NOT EXISTS gathering_members (
  gathering_id TEXT NOT NULL REFERENCES gatherings(id) ON DELETE CASCADE,
  identity TEXT NOT NULL,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  credential_hash TEXT NOT NULL UNIQUE,
  joined_at INTEGER NOT NULL,
  PRIMARY KEY (gathering_id, identity)
);
`;

interface GatheringRow {
  id: string;
  title: string;
  max_participants: number;
  host_secret_hash: string;
  helper_secret_hash: string;
  invite_secret_hash: string;
  created_at: number;
  stage: string;
  snapshot_json: string | null;
}

interface MemberRow {
  gathering_id: string;
  identity: string;
  name: string;
  role: string;
  credential_hash: string;
  joined_at: number;
}

const toGathering = (r: GatheringRow): StoredGathering => ({
  id: r.id,
  title: r.title,
  maxParticipants: r.max_participants,
  hostSecretHash: r.host_secret_hash,
  helperSecretHash: r.helper_secret_hash,
  inviteSecretHash: r.invite_secret_hash,
  createdAt: r.created_at,
  stage: r.stage as GatheringStage,
  snapshot: r.snapshot_json === null ? null : (JSON.parse(r.snapshot_json) as unknown),
});

const toMember = (r: MemberRow): StoredGatheringMember => ({
  gatheringId: r.gathering_id,
  identity: r.identity,
  name: r.name,
  role: r.role as GatheringRole,
  credentialHash: r.credential_hash,
  joinedAt: r.joined_at,
});

/** Gatherings in the same SQLite file as sessions and groups; the only place their SQL lives. */
export function sqliteGatheringStore(
  db: Database.Database,
  checkpoint: () => void,
): GatheringStore {
  db.exec(TABLES);
  const insertGathering = db.prepare(
    `INSERT INTO gatherings (id, title, max_participants, host_secret_hash, helper_secret_hash,
       invite_secret_hash, created_at, stage, snapshot_json)
     VALUES (@id, @title, @maxParticipants, @hostSecretHash, @helperSecretHash,
       @inviteSecretHash, @createdAt, @stage, @snapshotJson)`,
  );
  const selectGathering = db.prepare<[string], GatheringRow>(
    'SELECT * FROM gatherings WHERE id = ?',
  );
  const selectActive = db.prepare<[], GatheringRow>(
    "SELECT * FROM gatherings WHERE stage <> 'plenary' ORDER BY created_at",
  );
  const updateSnapshot = db.prepare(
    'UPDATE gatherings SET stage = ?, snapshot_json = ? WHERE id = ?',
  );
  const countAttendees = db.prepare<[string], { n: number }>(
    "SELECT COUNT(*) AS n FROM gathering_members WHERE gathering_id = ? AND role = 'attendee'",
  );
  const insertMember = db.prepare(
    `INSERT INTO gathering_members (gathering_id, identity, name, role, credential_hash, joined_at)
     VALUES (@gatheringId, @identity, @name, @role, @credentialHash, @joinedAt)`,
  );
  const updateName = db.prepare(
    'UPDATE gathering_members SET name = ? WHERE gathering_id = ? AND identity = ?',
  );
  const selectMembers = db.prepare<[string], MemberRow>(
    'SELECT * FROM gathering_members WHERE gathering_id = ? ORDER BY joined_at, rowid',
  );
  const selectByCredential = db.prepare<[string], MemberRow>(
    'SELECT * FROM gathering_members WHERE credential_hash = ?',
  );
  const removeGathering = db.prepare('DELETE FROM gatherings WHERE id = ?');
  const addWithinCap = db.transaction((m: StoredGatheringMember, max: number): boolean => {
    if (m.role === 'attendee' && (countAttendees.get(m.gatheringId)?.n ?? 0) >= max) return false;
    insertMember.run(m);
    return true;
  });

  return {
    createGathering(g) {
      insertGathering.run({
        ...g,
        snapshotJson: g.snapshot === null ? null : JSON.stringify(g.snapshot),
      });
    },
    getGathering(id) {
      const row = selectGathering.get(id);
      return row ? toGathering(row) : undefined;
    },
    listActiveGatherings: () => selectActive.all().map(toGathering),
    saveGatheringSnapshot(id, stage, snapshot) {
      updateSnapshot.run(stage, JSON.stringify(snapshot), id);
    },
    addGatheringMember: (m, max) => addWithinCap(m, max),
    renameGatheringMember(gatheringId, identity, name) {
      updateName.run(name, gatheringId, identity);
    },
    listGatheringMembers: (id) => selectMembers.all(id).map(toMember),
    findGatheringMemberByCredentialHash(hash) {
      const row = selectByCredential.get(hash);
      return row ? toMember(row) : undefined;
    },
    deleteGathering(id) {
      // Members go with it (ON DELETE CASCADE); the checkpoint leaves no copy in the WAL.
      const removed = removeGathering.run(id).changes > 0;
      if (removed) checkpoint();
      return removed;
    },
  };
}
