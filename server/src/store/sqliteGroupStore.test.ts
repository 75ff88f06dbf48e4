import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoredGroup, StoredMeeting, StoredMember } from './groupStore.js';
import type { StoredSession } from './sessionStore.js';
import { openSqliteStore, type SqliteStore } from './sqliteStore.js';

const group: StoredGroup = {
  id: 'group-1',
  title: 'Tuesday group',
  methodId: 'intervision',
  durations: { presentation: 600 },
  maxMembers: 2,
  agreement: 'Confidential.',
  enrolSecretHash: 'enrol-hash',
  enrolmentOpen: true,
  schedule: { start: '2030-01-08T10:00', timeZone: 'Europe/London', durationMinutes: 60 },
  createdAt: 1,
};
const member = (id: string, role: StoredMember['role'] = 'member'): StoredMember => ({
  groupId: group.id,
  id,
  name: id,
  role,
  credentialHash: `cred-${id}`,
  calendarTokenHash: `cal-${id}`,
  agreementAcceptedAt: null,
  createdAt: 2,
});
const session = (id: string): StoredSession => ({
  id,
  title: group.title,
  methodId: 'intervision',
  phases: [],
  autoAdvance: true,
  maxParticipants: 2,
  chairSecretHash: `chair-${id}`,
  inviteSecretHash: `invite-${id}`,
  createdAt: 3,
  status: 'lobby',
  snapshot: null,
  groupId: group.id,
});
const meeting = (sessionId: string, startsAt: number): StoredMeeting => ({
  groupId: group.id,
  sessionId,
  startsAt,
  endsAt: startsAt + 3_600_000,
  extra: false,
  openedAt: 4,
  endedAt: null,
  presenterId: null,
  attendeeIds: [],
});

describe('the group store on a SQLite file', () => {
  let dir: string;
  let file: string;
  let store: SqliteStore;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'intervision-groups-'));
    file = join(dir, 'store.sqlite');
    store = openSqliteStore(file);
    await store.createGroup(group, member('fac', 'facilitator'));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps a group and its facilitator, and caps members but not the facilitator', async () => {
    expect(await store.getGroup(group.id)).toEqual(group);
    expect(await store.addMemberWithinCap(member('ann'), 2)).toBe(true);
    expect(await store.addMemberWithinCap(member('ben'), 2)).toBe(true);
    expect(await store.addMemberWithinCap(member('cat'), 2)).toBe(false);
    expect((await store.listMembers(group.id)).map((m) => m.id)).toEqual(['fac', 'ann', 'ben']);
    expect((await store.findMemberByCredentialHash(group.id, 'cred-ann'))?.id).toBe('ann');
    expect(await store.findMemberByCredentialHash('another-group', 'cred-ann')).toBeUndefined();
  });

  it('opens a slot once: the second opening writes neither a meeting nor a session', async () => {
    expect(await store.openMeeting(meeting('sess-aaaa-1', 1000), session('sess-aaaa-1'))).toBe(
      true,
    );
    expect(await store.openMeeting(meeting('sess-bbbb-2', 1000), session('sess-bbbb-2'))).toBe(
      false,
    );
    expect((await store.listMeetings(group.id)).map((m) => m.sessionId)).toEqual(['sess-aaaa-1']);
    expect(await store.getSession('sess-bbbb-2')).toBeUndefined();
    expect((await store.getSession('sess-aaaa-1'))?.groupId).toBe(group.id);
  });

  it('records a meeting’s end once and deletes its cases and the presented one', async () => {
    await store.addMemberWithinCap(member('ann'), 2);
    await store.openMeeting(meeting('sess-aaaa-1', 1000), session('sess-aaaa-1'));
    const add = (id: string, meetingId: string | null) =>
      store.addCase({
        id,
        groupId: group.id,
        authorId: 'ann',
        title: `title-${id}`,
        question: `Question-${id}-Fennick`,
        meetingId,
        createdAt: 5,
      });
    await add('attached', 'sess-aaaa-1');
    await add('presented', null);
    await add('later', null);
    const end = {
      endedAt: 9,
      presenterId: 'ann',
      attendeeIds: ['fac', 'ann'],
      presentedCaseId: 'presented',
    };
    expect(await store.finishMeeting('sess-aaaa-1', end)).toBe(true);
    expect(await store.finishMeeting('sess-aaaa-1', { ...end, presenterId: null })).toBe(false);
    expect((await store.listMeetings(group.id))[0]).toMatchObject({
      endedAt: 9,
      presenterId: 'ann',
      attendeeIds: ['fac', 'ann'],
    });
    expect((await store.listCases(group.id)).map((c) => c.id)).toEqual(['later']);
    const bytes = Buffer.concat(
      [file, `${file}-wal`].filter(existsSync).map((f) => readFileSync(f)),
    );
    expect(bytes.includes('Question-presented-Fennick')).toBe(false);
    expect(bytes.includes('Question-attached-Fennick')).toBe(false);
  });

  it('removes a member with their cases, and deletes a group with everything in it', async () => {
    await store.addMemberWithinCap(member('ann'), 2);
    await store.addCase({
      id: 'c1',
      groupId: group.id,
      authorId: 'ann',
      title: 't',
      question: 'q',
      meetingId: null,
      createdAt: 5,
    });
    await store.savePlan({ groupId: group.id, text: 'Plan', updatedAt: 6 });
    expect(await store.removeMember(group.id, 'ann')).toBe(true);
    expect(await store.listCases(group.id)).toEqual([]);
    await store.openMeeting(meeting('sess-aaaa-1', 1000), session('sess-aaaa-1'));
    expect(await store.deleteGroup(group.id)).toBe(true);
    expect(await store.getGroup(group.id)).toBeUndefined();
    expect(await store.listMembers(group.id)).toEqual([]);
    expect(await store.listMeetings(group.id)).toEqual([]);
    expect(await store.getPlan(group.id)).toBeUndefined();
  });

  it('records the first acceptance of the agreement only', async () => {
    await store.acceptAgreement(group.id, 'fac', 10);
    await store.acceptAgreement(group.id, 'fac', 20);
    expect((await store.getMember(group.id, 'fac'))?.agreementAcceptedAt).toBe(10);
  });
});
