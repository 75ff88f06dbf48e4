import {
  Migrator,
  sql,
  type CreateTableBuilder,
  type Kysely,
  type Migration,
  type MigrationProvider,
} from 'kysely';
import type { Engine } from './engine.js';

type AnyDb = Kysely<unknown>;

/**
 * A SQLite file from before groups: sessions without `group_id`, and participants keyed by their
 * id alone. Brought up to date in place (every row kept) before the tables below are created.
 */
async function upgradeOldSqliteFile(db: AnyDb): Promise<void> {
  const columns = async (table: string) =>
    (await sql<{ name: string; pk: number }>`PRAGMA table_info(${sql.raw(table)})`.execute(db))
      .rows;
  const sessions = await columns('sessions');
  if (sessions.length > 0 && !sessions.some((c) => c.name === 'group_id')) {
    await sql`ALTER TABLE sessions ADD COLUMN group_id TEXT`.execute(db);
  }
  const participants = await columns('participants');
  if (participants.length > 0 && !participants.some((c) => c.name === 'session_id' && c.pk > 0)) {
    await sql`ALTER TABLE participants RENAME TO participants_v1`.execute(db);
    await createParticipants(db, 'sqlite');
    await sql`INSERT INTO participants
        (id, session_id, name, join_role, credential_hash, joined_at, hand_raised_at)
      SELECT id, session_id, name, join_role, credential_hash, joined_at, hand_raised_at
      FROM participants_v1 ORDER BY rowid`.execute(db);
    await sql`DROP TABLE participants_v1`.execute(db);
  }
}

/** Rows keep their insertion order: SQLite has `rowid`, PostgreSQL gets an identity column. */
function withSeq<T extends string, C extends string>(
  engine: Engine,
  table: CreateTableBuilder<T, C>,
): CreateTableBuilder<T, C> {
  if (engine === 'sqlite') return table;
  return table.addColumn('seq', 'bigint', (c) =>
    c.generatedAlwaysAsIdentity(),
  ) as unknown as CreateTableBuilder<T, C>;
}

async function createParticipants(db: AnyDb, engine: Engine): Promise<void> {
  // A group member keeps one identity across meetings, so a participant is keyed by its session.
  let t = db.schema
    .createTable('participants')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('session_id', 'text', (c) =>
      c.notNull().references('sessions.id').onDelete('cascade'),
    )
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('join_role', 'text', (c) => c.notNull())
    .addColumn('credential_hash', 'text', (c) => c.notNull().unique())
    .addColumn('joined_at', 'bigint', (c) => c.notNull())
    .addColumn('hand_raised_at', 'bigint');
  t = withSeq(engine, t);
  await t.addPrimaryKeyConstraint('participants_pk', ['session_id', 'id']).execute();
}

/**
 * The schema the store had when it moved to Kysely, every statement `IF NOT EXISTS`: on a SQLite
 * file made by that code it changes nothing, on an empty database it makes everything.
 */
function initial(engine: Engine): Migration {
  return {
    async up(db: AnyDb) {
      if (engine === 'sqlite') await upgradeOldSqliteFile(db);
      await db.schema
        .createTable('sessions')
        .ifNotExists()
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('method_id', 'text', (c) => c.notNull())
        .addColumn('phases_json', 'text', (c) => c.notNull())
        .addColumn('auto_advance', 'integer', (c) => c.notNull())
        .addColumn('max_participants', 'integer', (c) => c.notNull())
        .addColumn('chair_secret_hash', 'text', (c) => c.notNull())
        .addColumn('invite_secret_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('snapshot_json', 'text')
        .addColumn('group_id', 'text')
        .execute();
      await createParticipants(db, engine);
      await sql`CREATE INDEX IF NOT EXISTS participants_session ON participants(session_id)`.execute(
        db,
      );
      await sql`CREATE INDEX IF NOT EXISTS sessions_group ON sessions(group_id)`.execute(db);
      await db.schema
        .createTable('groups')
        .ifNotExists()
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('method_id', 'text', (c) => c.notNull())
        .addColumn('durations_json', 'text', (c) => c.notNull())
        .addColumn('max_members', 'integer', (c) => c.notNull())
        .addColumn('agreement', 'text', (c) => c.notNull())
        .addColumn('enrol_secret_hash', 'text', (c) => c.notNull())
        .addColumn('enrolment_open', 'integer', (c) => c.notNull())
        .addColumn('schedule_json', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      const members = db.schema
        .createTable('group_members')
        .ifNotExists()
        .addColumn('group_id', 'text', (c) =>
          c.notNull().references('groups.id').onDelete('cascade'),
        )
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('credential_hash', 'text', (c) => c.notNull().unique())
        .addColumn('calendar_token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('agreement_accepted_at', 'bigint')
        .addColumn('created_at', 'bigint', (c) => c.notNull());
      await withSeq(engine, members)
        .addPrimaryKeyConstraint('group_members_pk', ['group_id', 'id'])
        .execute();
      const cases = db.schema
        .createTable('group_cases')
        .ifNotExists()
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('group_id', 'text', (c) =>
          c.notNull().references('groups.id').onDelete('cascade'),
        )
        .addColumn('author_id', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('question', 'text', (c) => c.notNull())
        .addColumn('meeting_id', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull());
      await withSeq(engine, cases).execute();
      await sql`CREATE INDEX IF NOT EXISTS group_cases_group ON group_cases(group_id)`.execute(db);
      await db.schema
        .createTable('group_meetings')
        .ifNotExists()
        .addColumn('group_id', 'text', (c) =>
          c.notNull().references('groups.id').onDelete('cascade'),
        )
        .addColumn('session_id', 'text', (c) => c.notNull().unique())
        .addColumn('starts_at', 'bigint', (c) => c.notNull())
        .addColumn('ends_at', 'bigint', (c) => c.notNull())
        .addColumn('extra', 'integer', (c) => c.notNull())
        .addColumn('opened_at', 'bigint', (c) => c.notNull())
        .addColumn('ended_at', 'bigint')
        .addColumn('presenter_id', 'text')
        .addColumn('attendees_json', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('group_meetings_pk', ['group_id', 'starts_at'])
        .execute();
      await db.schema
        .createTable('group_plans')
        .ifNotExists()
        .addColumn('group_id', 'text', (c) =>
          c.primaryKey().references('groups.id').onDelete('cascade'),
        )
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
    },
  };
}

/** The fencing epoch written with every snapshot (see `SessionStore.saveSnapshot`). */
function snapshotEpoch(engine: Engine): Migration {
  return {
    async up(db: AnyDb) {
      if (engine === 'postgres') {
        await sql`ALTER TABLE sessions ADD COLUMN IF NOT EXISTS snapshot_epoch BIGINT NOT NULL DEFAULT 0`.execute(
          db,
        );
        return;
      }
      const columns = await sql<{ name: string }>`PRAGMA table_info(sessions)`.execute(db);
      if (columns.rows.some((c) => c.name === 'snapshot_epoch')) return;
      await sql`ALTER TABLE sessions ADD COLUMN snapshot_epoch INTEGER NOT NULL DEFAULT 0`.execute(
        db,
      );
    },
  };
}

/** Every migration, in order; names sort in the order they apply. */
export function migrations(engine: Engine): Record<string, Migration> {
  return {
    '0001_initial': initial(engine),
    '0002_snapshot_epoch': snapshotEpoch(engine),
  };
}

/** Brings the database to the newest schema; throws the first migration's error. */
export async function migrateToLatest(db: AnyDb, engine: Engine): Promise<void> {
  const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations(engine)) };
  const { error } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
}
