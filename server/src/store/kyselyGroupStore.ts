import type { GroupStore, StoredMember } from './groupStore.js';
import type { DbHandle } from './db/createDb.js';
import { lockRow } from './db/rowLock.js';
import { toCase, toGroup, toMeeting, toMember } from './db/groupRows.js';
import { sessionRow } from './db/sessionRows.js';
import { insertionOrder } from './kyselySessionStore.js';

const memberRow = (m: StoredMember) => ({
  group_id: m.groupId,
  id: m.id,
  name: m.name,
  role: m.role,
  credential_hash: m.credentialHash,
  calendar_token_hash: m.calendarTokenHash,
  agreement_accepted_at: m.agreementAcceptedAt,
  created_at: m.createdAt,
});

/**
 * The group half of the store, on the same database as the sessions (a meeting is a session).
 * Every deletion of case text or of a group checkpoints SQLite's write-ahead log.
 */
export function kyselyGroupStore({ db, engine, checkpoint }: DbHandle): GroupStore {
  const order = insertionOrder(engine);
  return {
    async createGroup(g, facilitator) {
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('groups')
          .values({
            id: g.id,
            title: g.title,
            method_id: g.methodId,
            durations_json: JSON.stringify(g.durations),
            max_members: g.maxMembers,
            agreement: g.agreement,
            enrol_secret_hash: g.enrolSecretHash,
            enrolment_open: g.enrolmentOpen ? 1 : 0,
            schedule_json: g.schedule === null ? null : JSON.stringify(g.schedule),
            created_at: g.createdAt,
          })
          .execute();
        await trx.insertInto('group_members').values(memberRow(facilitator)).execute();
      });
    },
    async getGroup(id) {
      const row = await db.selectFrom('groups').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toGroup(row) : undefined;
    },
    async listScheduledGroups() {
      const rows = await db
        .selectFrom('groups')
        .selectAll()
        .where('schedule_json', 'is not', null)
        .orderBy('created_at')
        .execute();
      return rows.map(toGroup);
    },
    async updateGroup(id, c) {
      const changes = {
        ...(c.title !== undefined ? { title: c.title } : {}),
        ...(c.agreement !== undefined ? { agreement: c.agreement } : {}),
        ...(c.maxMembers !== undefined ? { max_members: c.maxMembers } : {}),
        ...(c.enrolmentOpen !== undefined ? { enrolment_open: c.enrolmentOpen ? 1 : 0 } : {}),
      };
      if (Object.keys(changes).length === 0) return;
      await db.updateTable('groups').set(changes).where('id', '=', id).execute();
    },
    async deleteGroup(id) {
      const result = await db.deleteFrom('groups').where('id', '=', id).executeTakeFirst();
      const removed = result.numDeletedRows > 0n;
      if (removed) await checkpoint();
      return removed;
    },
    addMemberWithinCap(m, max) {
      return db.transaction().execute(async (trx) => {
        if (m.role === 'member') {
          // The group's row lock makes concurrent enrolments queue (see lockRow).
          await lockRow(trx, 'groups', m.groupId);
          const { n } = await trx
            .selectFrom('group_members')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('group_id', '=', m.groupId)
            .where('role', '=', 'member')
            .executeTakeFirstOrThrow();
          if (Number(n) >= max) return false;
        }
        await trx.insertInto('group_members').values(memberRow(m)).execute();
        return true;
      });
    },
    async getMember(groupId, memberId) {
      const row = await db
        .selectFrom('group_members')
        .selectAll()
        .where('group_id', '=', groupId)
        .where('id', '=', memberId)
        .executeTakeFirst();
      return row ? toMember(row) : undefined;
    },
    async findMemberByCredentialHash(groupId, hash) {
      const row = await db
        .selectFrom('group_members')
        .selectAll()
        .where('group_id', '=', groupId)
        .where('credential_hash', '=', hash)
        .executeTakeFirst();
      return row ? toMember(row) : undefined;
    },
    async findMemberByCalendarTokenHash(groupId, hash) {
      const row = await db
        .selectFrom('group_members')
        .selectAll()
        .where('group_id', '=', groupId)
        .where('calendar_token_hash', '=', hash)
        .executeTakeFirst();
      return row ? toMember(row) : undefined;
    },
    async listMembers(groupId) {
      const rows = await db
        .selectFrom('group_members')
        .selectAll()
        .where('group_id', '=', groupId)
        .orderBy((eb) => eb.case().when('role', '=', 'facilitator').then(0).else(1).end())
        .orderBy('created_at')
        .orderBy(order)
        .execute();
      return rows.map(toMember);
    },
    async removeMember(groupId, memberId) {
      const removed = await db.transaction().execute(async (trx) => {
        await trx
          .deleteFrom('group_cases')
          .where('group_id', '=', groupId)
          .where('author_id', '=', memberId)
          .execute();
        const result = await trx
          .deleteFrom('group_members')
          .where('group_id', '=', groupId)
          .where('id', '=', memberId)
          .executeTakeFirst();
        return result.numDeletedRows > 0n;
      });
      if (removed) await checkpoint();
      return removed;
    },
    async setMemberSecrets(groupId, memberId, credentialHash, calendarTokenHash) {
      await db
        .updateTable('group_members')
        .set({ credential_hash: credentialHash, calendar_token_hash: calendarTokenHash })
        .where('group_id', '=', groupId)
        .where('id', '=', memberId)
        .execute();
    },
    async acceptAgreement(groupId, memberId, at) {
      await db
        .updateTable('group_members')
        .set({ agreement_accepted_at: at })
        .where('group_id', '=', groupId)
        .where('id', '=', memberId)
        .where('agreement_accepted_at', 'is', null)
        .execute();
    },
    async addCase(c) {
      await db
        .insertInto('group_cases')
        .values({
          id: c.id,
          group_id: c.groupId,
          author_id: c.authorId,
          title: c.title,
          question: c.question,
          meeting_id: c.meetingId,
          created_at: c.createdAt,
        })
        .execute();
    },
    async getCase(groupId, caseId) {
      const row = await db
        .selectFrom('group_cases')
        .selectAll()
        .where('group_id', '=', groupId)
        .where('id', '=', caseId)
        .executeTakeFirst();
      return row ? toCase(row) : undefined;
    },
    async listCases(groupId) {
      const rows = await db
        .selectFrom('group_cases')
        .selectAll()
        .where('group_id', '=', groupId)
        .orderBy('created_at')
        .orderBy(order)
        .execute();
      return rows.map(toCase);
    },
    async deleteCase(groupId, caseId) {
      const result = await db
        .deleteFrom('group_cases')
        .where('group_id', '=', groupId)
        .where('id', '=', caseId)
        .executeTakeFirst();
      const removed = result.numDeletedRows > 0n;
      if (removed) await checkpoint();
      return removed;
    },
    async attachCase(groupId, caseId, meetingId) {
      await db
        .updateTable('group_cases')
        .set({ meeting_id: meetingId })
        .where('group_id', '=', groupId)
        .where('id', '=', caseId)
        .execute();
    },
    openMeeting(m, session) {
      return db.transaction().execute(async (trx) => {
        const inserted = await trx
          .insertInto('group_meetings')
          .values({
            group_id: m.groupId,
            session_id: m.sessionId,
            starts_at: m.startsAt,
            ends_at: m.endsAt,
            extra: m.extra ? 1 : 0,
            opened_at: m.openedAt,
            ended_at: m.endedAt,
            presenter_id: m.presenterId,
            attendees_json: JSON.stringify(m.attendeeIds),
          })
          .onConflict((oc) => oc.columns(['group_id', 'starts_at']).doNothing())
          .executeTakeFirst();
        if (!inserted.numInsertedOrUpdatedRows) return false;
        await trx.insertInto('sessions').values(sessionRow(session)).execute();
        return true;
      });
    },
    async listMeetings(groupId) {
      const rows = await db
        .selectFrom('group_meetings')
        .selectAll()
        .where('group_id', '=', groupId)
        .orderBy('starts_at')
        .execute();
      return rows.map(toMeeting);
    },
    async findMeetingBySession(sessionId) {
      const row = await db
        .selectFrom('group_meetings')
        .selectAll()
        .where('session_id', '=', sessionId)
        .executeTakeFirst();
      return row ? toMeeting(row) : undefined;
    },
    async listUnfinishedMeetings() {
      const rows = await db
        .selectFrom('group_meetings')
        .selectAll()
        .where('ended_at', 'is', null)
        .orderBy('starts_at')
        .execute();
      return rows.map(toMeeting);
    },
    async finishMeeting(sessionId, end) {
      const finished = await db.transaction().execute(async (trx) => {
        // The write comes first so SQLite takes the file's write lock before any read (lockRow).
        const updated = await trx
          .updateTable('group_meetings')
          .set({
            ended_at: end.endedAt,
            presenter_id: end.presenterId,
            attendees_json: JSON.stringify(end.attendeeIds),
          })
          .where('session_id', '=', sessionId)
          .where('ended_at', 'is', null)
          .executeTakeFirst();
        if (updated.numUpdatedRows === 0n) return false;
        const meeting = await trx
          .selectFrom('group_meetings')
          .select('group_id')
          .where('session_id', '=', sessionId)
          .executeTakeFirstOrThrow();
        await trx
          .deleteFrom('group_cases')
          .where('group_id', '=', meeting.group_id)
          .where((eb) =>
            eb.or([eb('meeting_id', '=', sessionId), eb('id', '=', end.presentedCaseId ?? '')]),
          )
          .execute();
        return true;
      });
      if (finished) await checkpoint();
      return finished;
    },
    async getPlan(groupId) {
      const row = await db
        .selectFrom('group_plans')
        .selectAll()
        .where('group_id', '=', groupId)
        .executeTakeFirst();
      return row
        ? { groupId: row.group_id, text: row.text, updatedAt: Number(row.updated_at) }
        : undefined;
    },
    async savePlan(p) {
      await db
        .insertInto('group_plans')
        .values({ group_id: p.groupId, text: p.text, updated_at: p.updatedAt })
        .onConflict((oc) =>
          oc.column('group_id').doUpdateSet((eb) => ({
            text: eb.ref('excluded.text'),
            updated_at: eb.ref('excluded.updated_at'),
          })),
        )
        .execute();
    },
  };
}
