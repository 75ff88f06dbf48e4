import { dirname, join } from 'node:path';
import type Database from 'better-sqlite3';
import { sql } from 'kysely';
import type { GatheringStore } from './gatheringStore.js';
import type { GroupStore } from './groupStore.js';
import type { SessionStore } from './sessionStore.js';
import { createDb, openSqliteFile, type DbConfig, type DbHandle } from './db/createDb.js';
import type { Engine } from './db/engine.js';
import { migrateToLatest } from './db/migrations.js';
import { kyselyGroupStore } from './kyselyGroupStore.js';
import { kyselySessionStore } from './kyselySessionStore.js';
import { sqliteGatheringStore } from './sqliteGatheringStore.js';

/**
 * Sessions and groups in one database: a group's meeting is a session. Gatherings are kept
 * synchronously in SQLite (see `gatheringsOn`).
 */
export type Store = SessionStore &
  GroupStore &
  GatheringStore & {
    engine: Engine;
    /**
     * Resolves once the database answered and its schema is the newest; rejects with the reason
     * otherwise (every other call rejects the same way). A node awaits it before it listens.
     */
    ready: Promise<void>;
  };

/**
 * Opens the store on SQLite or PostgreSQL (see `createDb`) and migrates it in the background;
 * every call waits for that first, so opening stays synchronous for callers and tests.
 */
export function openStore(config: DbConfig): Store {
  const handle = createDb(config);
  const ready = (async () => {
    await sql`SELECT 1`.execute(handle.db);
    await migrateToLatest(handle.db as never, handle.engine);
  })();
  // Whoever awaits `ready` (or makes a call) hears the failure; nobody must crash on it unheard.
  ready.catch(() => undefined);
  const store: SessionStore & GroupStore = {
    ...kyselySessionStore(handle),
    ...kyselyGroupStore(handle),
  };
  const gated: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(store)) {
    const call = fn as (...args: unknown[]) => Promise<unknown>;
    gated[name] =
      name === 'close'
        ? async () => {
            await ready.catch(() => undefined);
            await handle.close();
          }
        : async (...args: unknown[]) => {
            await ready;
            return call(...args);
          };
  }
  const gatherings = gatheringsOn(handle, config.databaseFile);
  const closeAll = gated.close as () => Promise<void>;
  gated.close = async () => {
    await closeAll();
    gatherings.close();
  };
  return {
    ...(gated as unknown as SessionStore & GroupStore),
    ...gatherings.store,
    engine: handle.engine,
    ready,
  };
}

/**
 * The gathering store is still synchronous. On SQLite it shares the one better-sqlite3
 * connection under Kysely (so it is in the same file); on PostgreSQL it keeps its own SQLite
 * file, `gatherings.sqlite` beside where the SQLite store would be (DATA_DIR), so gatherings are
 * not shared between the nodes of a cluster.
 */
function gatheringsOn(
  handle: DbHandle,
  databaseFile: string,
): { store: GatheringStore; close: () => void } {
  const ownFile = !handle.sqlite;
  const database: Database.Database =
    handle.sqlite ??
    openSqliteFile(
      databaseFile === '' || databaseFile === ':memory:'
        ? ':memory:'
        : join(dirname(databaseFile), 'gatherings.sqlite'),
    );
  const checkpoint = () => {
    database.pragma('wal_checkpoint(TRUNCATE)');
  };
  return {
    store: sqliteGatheringStore(database, checkpoint),
    // The shared connection is closed with Kysely's; only an own file is closed here.
    close: () => {
      if (ownFile && database.open) database.close();
    },
  };
}
