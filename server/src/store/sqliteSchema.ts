import type Database from 'better-sqlite3';

const SESSIONS = `
CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  method_id TEXT NOT NULL,
  phases_json TEXT NOT NULL,
  auto_advance INTEGER NOT NULL,
  max_participants INTEGER NOT NULL,
  chair_secret_hash TEXT NOT NULL,
  invite_secret_hash TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  status TEXT NOT NULL,
  snapshot_json TEXT,
  group_id TEXT
);
`;

// A group member keeps one identity across meetings, so a participant is keyed by its session too.
const PARTICIPANTS = (table: string) => `
CREATE TABLE ${table} (
  id TEXT NOT NULL,
  session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  join_role TEXT NOT NULL,
  credential_hash TEXT NOT NULL UNIQUE,
  joined_at INTEGER NOT NULL,
  hand_raised_at INTEGER,
  PRIMARY KEY (session_id, id)
);
`;

const GROUPS = `
CREATE TABLE IF NOT EXISTS groups (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  method_id TEXT NOT NULL,
  durations_json TEXT NOT NULL,
  max_members INTEGER NOT NULL,
  agreement TEXT NOT NULL,
  enrol_secret_hash TEXT NOT NULL,
  enrolment_open INTEGER NOT NULL,
  schedule_json TEXT,
  created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS group_members (
  group_id TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  credential_hash TEXT NOT NULL UNIQUE,
  calendar_token_hash TEXT NOT NULL UNIQUE,
  agreement_accepted_at INTEGER,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (group_id, id)
);
CREATE TABLE IF NOT EXISTS group_cases (
  id TEXT PRIMARY KEY,
  group_id TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
  author_id TEXT NOT NULL,
  title TEXT NOT NULL,
  question TEXT NOT NULL,
  meeting_id TEXT,
  created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS group_cases_group ON group_cases(group_id);
CREATE TABLE IF NOT EXISTS group_meetings (
  group_id TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
  session_id TEXT NOT NULL UNIQUE,
  starts_at INTEGER NOT NULL,
  ends_at INTEGER NOT NULL,
  extra INTEGER NOT NULL,
  opened_at INTEGER NOT NULL,
  ended_at INTEGER,
  presenter_id TEXT,
  attendees_json TEXT NOT NULL,
  PRIMARY KEY (group_id, starts_at)
);
CREATE TABLE IF NOT EXISTS group_plans (
  group_id TEXT PRIMARY KEY REFERENCES groups(id) ON DELETE CASCADE,
  text TEXT NOT NULL,
  updated_at INTEGER NOT NULL
);
`;

const columnsOf = (db: Database.Database, table: string) =>
  db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string; pk: number }>;

/**
 * Creates the tables, and brings a file made by an earlier version up to date in place, in one
 * transaction so a crash half-way leaves the old schema intact: sessions gain `group_id`, and
 * participants, once keyed by their id alone, are keyed by (session_id, id) with every row kept.
 */
export function migrate(db: Database.Database): void {
  db.transaction(() => {
    db.exec(SESSIONS);
    if (!columnsOf(db, 'sessions').some((c) => c.name === 'group_id')) {
      db.exec('ALTER TABLE sessions ADD COLUMN group_id TEXT');
    }
    if (!columnsOf(db, 'sessions').some((c) => c.name === 'snapshot_epoch')) {
      db.exec('ALTER TABLE sessions ADD COLUMN snapshot_epoch INTEGER NOT NULL DEFAULT 0');
    }
    const participants = columnsOf(db, 'participants');
    if (participants.length === 0) {
      db.exec(PARTICIPANTS('participants'));
    } else if (!participants.some((c) => c.name === 'session_id' && c.pk > 0)) {
      db.exec(PARTICIPANTS('participants_v2'));
      db.exec(
        `INSERT INTO participants_v2
           (id, session_id, name, join_role, credential_hash, joined_at, hand_raised_at)
         SELECT id, session_id, name, join_role, credential_hash, joined_at, hand_raised_at
         FROM participants ORDER BY rowid`,
      );
      db.exec('DROP TABLE participants');
      db.exec('ALTER TABLE participants_v2 RENAME TO participants');
    }
    db.exec('CREATE INDEX IF NOT EXISTS participants_session ON participants(session_id)');
    db.exec('CREATE INDEX IF NOT EXISTS sessions_group ON sessions(group_id)');
    db.exec(GROUPS);
  })();
}
