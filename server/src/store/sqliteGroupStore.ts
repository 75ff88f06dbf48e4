import type Database from 'better-sqlite3';
import type {
  GroupStore,
  StoredGroup,
  StoredMeeting,
  StoredMember,
  StoredPlan,
} from './groupStore.js';
import type { StoredSession } from './sessionStore.js';
import {
  toCase,
  toGroup,
  toMeeting,
  toMember,
  type CaseRow,
  type GroupRow,
  type MeetingRow,
  type MemberRow,
} from './sqliteGroupRows.js';

/**
 * The group half of the SQLite store, on the same connection as the sessions. Plain SQL, kept
 * here, so another backend can follow it statement by statement.
 */
export function sqliteGroupStore(
  db: Database.Database,
  createSession: (s: StoredSession) => void,
  checkpoint: () => unknown,
): GroupStore {
  const insertGroup = db.prepare(
    `INSERT INTO groups (id, title, method_id, durations_json, max_members, agreement,
       enrol_secret_hash, enrolment_open, schedule_json, created_at)
     VALUES (@id, @title, @methodId, @durationsJson, @maxMembers, @agreement,
       @enrolSecretHash, @enrolmentOpen, @scheduleJson, @createdAt)`,
  );
  const selectGroup = db.prepare<[string], GroupRow>('SELECT * FROM groups WHERE id = ?');
  const selectScheduled = db.prepare<[], GroupRow>(
    'SELECT * FROM groups WHERE schedule_json IS NOT NULL ORDER BY created_at',
  );
  const updateGroupRow = db.prepare(
    `UPDATE groups SET title = COALESCE(?, title), agreement = COALESCE(?, agreement),
       max_members = COALESCE(?, max_members), enrolment_open = COALESCE(?, enrolment_open)
     WHERE id = ?`,
  );
  const removeGroup = db.prepare('DELETE FROM groups WHERE id = ?');
  const insertMember = db.prepare(
    `INSERT INTO group_members (group_id, id, name, role, credential_hash, calendar_token_hash,
       agreement_accepted_at, created_at)
     VALUES (@groupId, @id, @name, @role, @credentialHash, @calendarTokenHash,
       @agreementAcceptedAt, @createdAt)`,
  );
  const countMembers = db.prepare<[string], { n: number }>(
    "SELECT COUNT(*) AS n FROM group_members WHERE group_id = ? AND role = 'member'",
  );
  const selectMember = db.prepare<[string, string], MemberRow>(
    'SELECT * FROM group_members WHERE group_id = ? AND id = ?',
  );
  const selectMemberByCredential = db.prepare<[string, string], MemberRow>(
    'SELECT * FROM group_members WHERE group_id = ? AND credential_hash = ?',
  );
  const selectMemberByCalendar = db.prepare<[string, string], MemberRow>(
    'SELECT * FROM group_members WHERE group_id = ? AND calendar_token_hash = ?',
  );
  const selectMembers = db.prepare<[string], MemberRow>(
    `SELECT * FROM group_members WHERE group_id = ?
     ORDER BY role = 'facilitator' DESC, created_at, rowid`,
  );
  const removeMemberRow = db.prepare('DELETE FROM group_members WHERE group_id = ? AND id = ?');
  const removeCasesOf = db.prepare('DELETE FROM group_cases WHERE group_id = ? AND author_id = ?');
  const updateSecrets = db.prepare(
    `UPDATE group_members SET credential_hash = ?, calendar_token_hash = ?
     WHERE group_id = ? AND id = ?`,
  );
  const updateAgreement = db.prepare(
    `UPDATE group_members SET agreement_accepted_at = ?
     WHERE group_id = ? AND id = ? AND agreement_accepted_at IS NULL`,
  );
  const insertCase = db.prepare(
    `INSERT INTO group_cases (id, group_id, author_id, title, question, meeting_id, created_at)
     VALUES (@id, @groupId, @authorId, @title, @question, @meetingId, @createdAt)`,
  );
  const selectCase = db.prepare<[string, string], CaseRow>(
    'SELECT * FROM group_cases WHERE group_id = ? AND id = ?',
  );
  const selectCases = db.prepare<[string], CaseRow>(
    'SELECT * FROM group_cases WHERE group_id = ? ORDER BY created_at, rowid',
  );
  const removeCase = db.prepare('DELETE FROM group_cases WHERE group_id = ? AND id = ?');
  const updateCaseMeeting = db.prepare(
    'UPDATE group_cases SET meeting_id = ? WHERE group_id = ? AND id = ?',
  );
  const removeMeetingCases = db.prepare(
    'DELETE FROM group_cases WHERE group_id = ? AND (meeting_id = ? OR id = ?)',
  );
  const insertMeeting = db.prepare(
    `INSERT INTO group_meetings (group_id, session_id, starts_at, ends_at, extra, opened_at,
       ended_at, presenter_id, attendees_json)
     VALUES (@groupId, @sessionId, @startsAt, @endsAt, @extra, @openedAt, @endedAt,
       @presenterId, @attendeesJson)
     ON CONFLICT (group_id, starts_at) DO NOTHING`,
  );
  const selectMeetings = db.prepare<[string], MeetingRow>(
    'SELECT * FROM group_meetings WHERE group_id = ? ORDER BY starts_at',
  );
  const selectMeetingBySession = db.prepare<[string], MeetingRow>(
    'SELECT * FROM group_meetings WHERE session_id = ?',
  );
  const selectUnfinished = db.prepare<[], MeetingRow>(
    'SELECT * FROM group_meetings WHERE ended_at IS NULL ORDER BY starts_at',
  );
  const updateMeetingEnd = db.prepare(
    `UPDATE group_meetings SET ended_at = ?, presenter_id = ?, attendees_json = ?
     WHERE session_id = ? AND ended_at IS NULL`,
  );
  const selectPlan = db.prepare<[string], { group_id: string; text: string; updated_at: number }>(
    'SELECT * FROM group_plans WHERE group_id = ?',
  );
  const upsertPlan = db.prepare(
    `INSERT INTO group_plans (group_id, text, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (group_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`,
  );

  const createGroupTx = db.transaction((g: StoredGroup, facilitator: StoredMember) => {
    insertGroup.run({
      ...g,
      durationsJson: JSON.stringify(g.durations),
      enrolmentOpen: g.enrolmentOpen ? 1 : 0,
      scheduleJson: g.schedule === null ? null : JSON.stringify(g.schedule),
    });
    insertMember.run(facilitator);
  });
  const addMemberTx = db.transaction((m: StoredMember, max: number): boolean => {
    if (m.role === 'member' && (countMembers.get(m.groupId)?.n ?? 0) >= max) return false;
    insertMember.run(m);
    return true;
  });
  const removeMemberTx = db.transaction((groupId: string, memberId: string): boolean => {
    removeCasesOf.run(groupId, memberId);
    return removeMemberRow.run(groupId, memberId).changes > 0;
  });
  const openMeetingTx = db.transaction((m: StoredMeeting, session: StoredSession): boolean => {
    const inserted = insertMeeting.run({
      ...m,
      extra: m.extra ? 1 : 0,
      attendeesJson: JSON.stringify(m.attendeeIds),
    });
    if (inserted.changes === 0) return false;
    createSession(session);
    return true;
  });
  const finishMeetingTx = db.transaction(
    (
      sessionId: string,
      end: {
        endedAt: number;
        presenterId: string | null;
        attendeeIds: string[];
        presentedCaseId: string | null;
      },
    ): boolean => {
      const meeting = selectMeetingBySession.get(sessionId);
      if (!meeting) return false;
      const updated = updateMeetingEnd.run(
        end.endedAt,
        end.presenterId,
        JSON.stringify(end.attendeeIds),
        sessionId,
      );
      if (updated.changes === 0) return false;
      removeMeetingCases.run(meeting.group_id, sessionId, end.presentedCaseId ?? '');
      return true;
    },
  );

  return {
    createGroup: (g, facilitator) => createGroupTx(g, facilitator),
    getGroup(id) {
      const row = selectGroup.get(id);
      return row ? toGroup(row) : undefined;
    },
    listScheduledGroups: () => selectScheduled.all().map(toGroup),
    updateGroup(id, c) {
      const open = c.enrolmentOpen === undefined ? null : c.enrolmentOpen ? 1 : 0;
      updateGroupRow.run(c.title ?? null, c.agreement ?? null, c.maxMembers ?? null, open, id);
    },
    deleteGroup(id) {
      const removed = removeGroup.run(id).changes > 0;
      if (removed) checkpoint();
      return removed;
    },
    // IMMEDIATE where a transaction reads before it writes: see addParticipantWithinCap.
    addMemberWithinCap: (m, max) => addMemberTx.immediate(m, max),
    getMember(groupId, memberId) {
      const row = selectMember.get(groupId, memberId);
      return row ? toMember(row) : undefined;
    },
    findMemberByCredentialHash(groupId, hash) {
      const row = selectMemberByCredential.get(groupId, hash);
      return row ? toMember(row) : undefined;
    },
    findMemberByCalendarTokenHash(groupId, hash) {
      const row = selectMemberByCalendar.get(groupId, hash);
      return row ? toMember(row) : undefined;
    },
    listMembers: (groupId) => selectMembers.all(groupId).map(toMember),
    removeMember(groupId, memberId) {
      const removed = removeMemberTx(groupId, memberId);
      if (removed) checkpoint();
      return removed;
    },
    setMemberSecrets(groupId, memberId, credentialHash, calendarTokenHash) {
      updateSecrets.run(credentialHash, calendarTokenHash, groupId, memberId);
    },
    acceptAgreement(groupId, memberId, at) {
      updateAgreement.run(at, groupId, memberId);
    },
    addCase: (c) => void insertCase.run(c),
    getCase(groupId, caseId) {
      const row = selectCase.get(groupId, caseId);
      return row ? toCase(row) : undefined;
    },
    listCases: (groupId) => selectCases.all(groupId).map(toCase),
    deleteCase(groupId, caseId) {
      const removed = removeCase.run(groupId, caseId).changes > 0;
      if (removed) checkpoint();
      return removed;
    },
    attachCase(groupId, caseId, meetingId) {
      updateCaseMeeting.run(meetingId, groupId, caseId);
    },
    openMeeting: (m, session) => openMeetingTx(m, session),
    listMeetings: (groupId) => selectMeetings.all(groupId).map(toMeeting),
    findMeetingBySession(sessionId) {
      const row = selectMeetingBySession.get(sessionId);
      return row ? toMeeting(row) : undefined;
    },
    listUnfinishedMeetings: () => selectUnfinished.all().map(toMeeting),
    finishMeeting(sessionId, end) {
      const finished = finishMeetingTx.immediate(sessionId, end);
      if (finished) checkpoint();
      return finished;
    },
    getPlan(groupId): StoredPlan | undefined {
      const row = selectPlan.get(groupId);
      return row ? { groupId: row.group_id, text: row.text, updatedAt: row.updated_at } : undefined;
    },
    savePlan: (p) => void upsertPlan.run(p.groupId, p.text, p.updatedAt),
  };
}
