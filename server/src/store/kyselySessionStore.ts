import { sql } from 'kysely';
import type { SessionStore } from './sessionStore.js';
import type { DbHandle } from './db/createDb.js';
import { lockRow } from './db/rowLock.js';
import { participantRow, sessionRow, toParticipant, toSession } from './db/sessionRows.js';

interface EndedSnapshot {
  context?: { endedAt?: number | null };
}

/** Rows in the order they were inserted: SQLite's `rowid`, PostgreSQL's identity column. */
export const insertionOrder = (engine: DbHandle['engine']) =>
  sql.ref(engine === 'sqlite' ? 'rowid' : 'seq');

/** The session half of the store, one code path for both engines. */
export function kyselySessionStore({ db, engine, checkpoint }: DbHandle): SessionStore {
  const order = insertionOrder(engine);
  return {
    async createSession(s) {
      await db.insertInto('sessions').values(sessionRow(s)).execute();
    },
    async getSession(id) {
      const row = await db
        .selectFrom('sessions')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toSession(row) : undefined;
    },
    async listRunningSessions() {
      const rows = await db
        .selectFrom('sessions')
        .selectAll()
        .where('status', 'in', ['running', 'paused'])
        .orderBy('created_at')
        .execute();
      return rows.map(toSession);
    },
    async listExpired(lobbyCreatedBefore, endedBefore) {
      const rows = await db
        .selectFrom('sessions')
        .select(['id', 'status', 'created_at', 'snapshot_json'])
        .where((eb) =>
          eb.or([
            eb.and([eb('status', '=', 'lobby'), eb('created_at', '<=', lobbyCreatedBefore)]),
            eb('status', '=', 'ended'),
          ]),
        )
        .orderBy('created_at')
        .execute();
      // An ended session's end time is the machine's own (`context.endedAt`, from the injected
      // clock); read here rather than with each engine's JSON functions.
      return rows
        .filter((r) => {
          if (r.status === 'lobby') return true;
          const snapshot = r.snapshot_json ? (JSON.parse(r.snapshot_json) as EndedSnapshot) : null;
          return (snapshot?.context?.endedAt ?? 0) <= endedBefore;
        })
        .map((r) => r.id);
    },
    async saveSnapshot(id, status, snapshot, epoch = 0) {
      // The fence: a write carrying an older epoch than the stored one changes nothing.
      const result = await db
        .updateTable('sessions')
        .set({ status, snapshot_json: JSON.stringify(snapshot), snapshot_epoch: epoch })
        .where('id', '=', id)
        .where('snapshot_epoch', '<=', epoch)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
    async claimEpoch(id, epoch) {
      // One statement: the check and the write cannot interleave with another node's claim.
      const result = await db
        .updateTable('sessions')
        .set({ snapshot_epoch: epoch })
        .where('id', '=', id)
        .where('snapshot_epoch', '<=', epoch)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
    async deleteSession(id) {
      const result = await db.deleteFrom('sessions').where('id', '=', id).executeTakeFirst();
      const removed = result.numDeletedRows > 0n;
      if (removed) await checkpoint();
      return removed;
    },
    addParticipantWithinCap(p, max) {
      // One transaction; the session's row lock makes concurrent joins queue (see lockRow).
      return db.transaction().execute(async (trx) => {
        if (p.joinRole === 'peer') {
          await lockRow(trx, 'sessions', p.sessionId);
          const { n } = await trx
            .selectFrom('participants')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('session_id', '=', p.sessionId)
            .where('join_role', '=', 'peer')
            .executeTakeFirstOrThrow();
          if (Number(n) >= max) return false;
        }
        await trx.insertInto('participants').values(participantRow(p)).execute();
        return true;
      });
    },
    async removeParticipant(sessionId, participantId) {
      const result = await db
        .deleteFrom('participants')
        .where('session_id', '=', sessionId)
        .where('id', '=', participantId)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
    async updateParticipant(sessionId, participantId, { name, joinRole, credentialHash }) {
      const changes = {
        ...(name !== undefined ? { name } : {}),
        ...(joinRole !== undefined ? { join_role: joinRole } : {}),
        ...(credentialHash !== undefined ? { credential_hash: credentialHash } : {}),
      };
      if (Object.keys(changes).length === 0) return;
      await db
        .updateTable('participants')
        .set(changes)
        .where('session_id', '=', sessionId)
        .where('id', '=', participantId)
        .execute();
    },
    async listParticipants(sessionId) {
      const rows = await db
        .selectFrom('participants')
        .selectAll()
        .where('session_id', '=', sessionId)
        .orderBy('joined_at')
        .orderBy(order)
        .execute();
      return rows.map(toParticipant);
    },
    async findParticipantByCredentialHash(hash) {
      const row = await db
        .selectFrom('participants')
        .selectAll()
        .where('credential_hash', '=', hash)
        .executeTakeFirst();
      return row ? toParticipant(row) : undefined;
    },
    async setHand(sessionId, participantId, raisedAt) {
      await db
        .updateTable('participants')
        .set({ hand_raised_at: raisedAt })
        .where('session_id', '=', sessionId)
        .where('id', '=', participantId)
        .execute();
    },
    close: () => db.destroy(),
  };
}
