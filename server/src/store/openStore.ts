import { sql } from 'kysely';
import type { GroupStore } from './groupStore.js';
import type { SessionStore } from './sessionStore.js';
import { createDb, type DbConfig } from './db/createDb.js';
import type { Engine } from './db/engine.js';
import { migrateToLatest } from './db/migrations.js';
import { kyselyGroupStore } from './kyselyGroupStore.js';
import { kyselySessionStore } from './kyselySessionStore.js';

/** Sessions and groups in one database: a group's meeting is a session. */
export type Store = SessionStore &
  GroupStore & {
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
  return { ...(gated as unknown as SessionStore & GroupStore), engine: handle.engine, ready };
}
