import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import {
  Kysely,
  PostgresDialect,
  SqliteDialect,
  sql,
  type SqliteDatabase,
  type SqliteStatement,
} from 'kysely';
import pg from 'pg';
import type { Engine } from './engine.js';
import type { Tables } from './tables.js';

/** Where the store lives: PostgreSQL when a URL is given, else the SQLite file. */
export interface DbConfig {
  /** `postgres://…` or `postgresql://…` (validated by the config); absent means SQLite. */
  databaseUrl?: string | undefined;
  /** The SQLite file (`:memory:` for unit tests); ignored with a URL. */
  databaseFile: string;
  /** Errors of idle PostgreSQL connections (the server went away); they must not crash the node. */
  onPoolError?: (err: Error) => void;
}

/** One typed connection to either engine, and what differs between them. */
export interface DbHandle {
  db: Kysely<Tables>;
  engine: Engine;
  /**
   * SQLite's secure_delete only zeroes the main file; the WAL still holds every page written since
   * the last checkpoint. This copies it back and truncates it to zero bytes. PostgreSQL: nothing.
   */
  checkpoint(): Promise<void>;
  close(): Promise<void>;
  /**
   * SQLite only: the better-sqlite3 connection under Kysely, for the synchronous gathering store
   * (see `openStore`). Its calls run whole between Kysely's, on the same single connection.
   */
  sqlite?: Database.Database;
}

// Epoch-ms columns are BIGINT in PostgreSQL, which node-postgres hands back as strings; every one
// of ours fits a double exactly, so they come back as numbers, like SQLite's.
const BIGINT_OID = 20;
const pgTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === BIGINT_OID
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
};

/** Enough for every distinct query the store makes; past it the cache starts over. */
const STATEMENT_CACHE_SIZE = 256;

/**
 * Kysely's SQLite driver prepares each query anew; better-sqlite3 statements can be run again,
 * so one statement per SQL text is kept. The store's queries are a fixed set, and preparing was
 * most of a query's cost.
 */
function reusingStatements(database: Database.Database): SqliteDatabase {
  const statements = new Map<string, Database.Statement>();
  return {
    close: () => database.close(),
    prepare(text: string) {
      let statement = statements.get(text);
      if (!statement) {
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.clear();
        statement = database.prepare(text);
        statements.set(text, statement);
      }
      return statement as unknown as SqliteStatement;
    },
  };
}

/** A better-sqlite3 connection set up the way every store file is (`:memory:` for unit tests). */
export function openSqliteFile(file: string): Database.Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const database = new Database(file);
  // WAL survives a process crash with every committed write; secure_delete overwrites deleted
  // rows so a deleted case does not linger in free pages of the file.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma('secure_delete = ON');
  return database;
}

function openSqlite(file: string): DbHandle {
  const database = openSqliteFile(file);
  const db = new Kysely<Tables>({
    dialect: new SqliteDialect({ database: reusingStatements(database) }),
  });
  return {
    db,
    engine: 'sqlite',
    // Through Kysely, so it waits for the one connection rather than cutting into a transaction.
    checkpoint: async () => {
      await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
    },
    close: () => db.destroy(),
    sqlite: database,
  };
}

function openPostgres(url: string, onPoolError?: (err: Error) => void): DbHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5_000,
    types: pgTypes,
  });
  pool.on('error', (err) => onPoolError?.(err));
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  return { db, engine: 'postgres', checkpoint: () => Promise.resolve(), close: () => db.destroy() };
}

/** Opens the configured engine; nothing is queried yet (see `openStore`). */
export function createDb(config: DbConfig): DbHandle {
  return config.databaseUrl
    ? openPostgres(config.databaseUrl, config.onPoolError)
    : openSqlite(config.databaseFile);
}
