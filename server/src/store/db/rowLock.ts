import type { Transaction } from 'kysely';
import type { Tables } from './tables.js';

/**
 * Takes the write lock a read-then-write transaction needs, before it reads: a no-op UPDATE of the
 * row it guards. In PostgreSQL that is the row's lock, so concurrent writers of that row queue. In
 * SQLite it is the file's write lock, taken with the busy timeout: when two nodes share one file, a
 * transaction that read first and then wrote after the other node committed would fail at once
 * with SQLITE_BUSY (WAL mode cannot upgrade a stale read snapshot), while one that writes first
 * simply waits its turn.
 */
export async function lockRow(
  trx: Transaction<Tables>,
  table: 'sessions' | 'groups',
  id: string,
): Promise<void> {
  await trx
    .updateTable(table)
    .set((eb) => ({ id: eb.ref('id') }))
    .where('id', '=', id)
    .execute();
}
