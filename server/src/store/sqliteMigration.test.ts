import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from './sqliteStore.js';

// The schema files were written with before groups: participants keyed by their id alone.
const SCHEMA_BEFORE_GROUPS = `
CREATE TABLE sessions (
  id TEXT PRIMARY KEY, title TEXT NOT NULL, method_id TEXT NOT NULL, phases_json TEXT NOT NULL,
  auto_advance INTEGER NOT NULL, max_participants INTEGER NOT NULL,
  chair_secret_hash TEXT NOT NULL, invite_secret_hash TEXT NOT NULL, created_at INTEGER NOT NULL,
  status TEXT NOT NULL, snapshot_json TEXT
);
CREATE TABLE participants (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  name TEXT NOT NULL, join_role TEXT NOT NULL, credential_hash TEXT NOT NULL UNIQUE,
  joined_at INTEGER NOT NULL, hand_raised_at INTEGER
);
CREATE INDEX participants_session ON participants(session_id);
`;

describe('opening a SQLite file made before groups', () => {
  let dir: string;
  let file: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'intervision-migration-'));
    file = join(dir, 'old.sqlite');
    const old = new Database(file);
    old.exec(SCHEMA_BEFORE_GROUPS);
    old
      .prepare(
        `INSERT INTO sessions VALUES ('sess-old-1', 'March', 'intervision', '[]', 1, 8, 'ch', 'in',
          1000, 'running', '{"value":"running"}')`,
      )
      .run();
    const add = old.prepare('INSERT INTO participants VALUES (?, ?, ?, ?, ?, ?, ?)');
    add.run('p-chair', 'sess-old-1', 'Chair', 'chair', 'hash-chair', 1001, null);
    add.run('p-anna', 'sess-old-1', 'Anna', 'peer', 'hash-anna', 1002, 1500);
    old.close();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every session and participant, now keyed by session and id', async () => {
    const store = openSqliteStore(file);
    try {
      const session = await store.getSession('sess-old-1');
      expect(session).toMatchObject({ title: 'March', status: 'running', groupId: null });
      expect((await store.listRunningSessions()).map((s) => s.id)).toEqual(['sess-old-1']);
      const people = await store.listParticipants('sess-old-1');
      expect(people.map((p) => [p.id, p.name, p.joinRole, p.handRaisedAt])).toEqual([
        ['p-chair', 'Chair', 'chair', null],
        ['p-anna', 'Anna', 'peer', 1500],
      ]);
      expect((await store.findParticipantByCredentialHash('hash-anna'))?.id).toBe('p-anna');
      await store.setHand('sess-old-1', 'p-anna', null);
      expect((await store.listParticipants('sess-old-1'))[1]?.handRaisedAt).toBeNull();
    } finally {
      await store.close();
    }
  });

  it('lets the same identity be a participant of two sessions after the migration', async () => {
    const store = openSqliteStore(file);
    try {
      await store.createSession({
        ...(await store.getSession('sess-old-1'))!,
        id: 'sess-new-2',
        status: 'lobby',
        snapshot: null,
        groupId: 'group-1',
      });
      const anna = { ...(await store.listParticipants('sess-old-1'))[1]! };
      expect(
        await store.addParticipantWithinCap(
          { ...anna, sessionId: 'sess-new-2', credentialHash: 'hash-anna-2' },
          8,
        ),
      ).toBe(true);
      expect((await store.getSession('sess-new-2'))?.groupId).toBe('group-1');
      expect(await store.removeParticipant('sess-new-2', 'p-anna')).toBe(true);
      expect((await store.listParticipants('sess-old-1')).map((p) => p.id)).toContain('p-anna');
    } finally {
      await store.close();
    }
  });

  it('opens a migrated file again without changing it', async () => {
    await openSqliteStore(file).close();
    const store = openSqliteStore(file);
    try {
      expect(await store.listParticipants('sess-old-1')).toHaveLength(2);
    } finally {
      await store.close();
    }
  });
});
