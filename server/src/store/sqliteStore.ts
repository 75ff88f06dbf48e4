import { openStore, type Store } from './openStore.js';

/** The store on one SQLite file (`:memory:` for unit tests): the embedded default. */
export type SqliteStore = Store;

/** Opens (and, in the background, migrates) the store on a SQLite file. */
export function openSqliteStore(file: string): SqliteStore {
  return openStore({ databaseFile: file });
}
