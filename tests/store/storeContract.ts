import type { Store } from '@intervision/server/store/open';
import type { StoredSession } from '@intervision/server/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

/** Opens a fresh, empty store on one engine; `cleanup` closes it and removes its data. */
export type OpenFreshStore = () => Promise<{ store: Store; cleanup: () => Promise<void> }>;

const session = (id: string, over: Partial<StoredSession> = {}): StoredSession => ({
  id,
  title: `Session ${id}`,
  methodId: 'intervision',
  phases: [{ id: 'presentation', title: 'Presentation', seconds: 60 }],
  autoAdvance: true,
  maxParticipants: 3,
  chairSecretHash: `chair-${id}`,
  inviteSecretHash: `invite-${id}`,
  createdAt: 1_000,
  status: 'lobby',
  snapshot: null,
  groupId: null,
  ...over,
});

const peer = (sessionId: string, id: string, joinedAt = 2_000) => ({
  id,
  sessionId,
  name: id,
  joinRole: 'peer' as const,
  credentialHash: `cred-${sessionId}-${id}`,
  joinedAt,
  handRaisedAt: null,
});

const member = (groupId: string, id: string, role: 'member' | 'facilitator' = 'member') => ({
  groupId,
  id,
  name: id,
  role,
  credentialHash: `cred-${groupId}-${id}`,
  calendarTokenHash: `cal-${groupId}-${id}`,
  agreementAcceptedAt: null,
  createdAt: 3_000,
});

const group = (id: string) => ({
  id,
  title: `Group ${id}`,
  methodId: 'balint',
  durations: { case: 900 },
  maxMembers: 2,
  agreement: 'Kept here.',
  enrolSecretHash: `enrol-${id}`,
  enrolmentOpen: true,
  schedule: null,
  createdAt: 1_000,
});

/** The same behaviour of the store, whichever engine holds it. */
export function storeContract(engine: string, openFresh: OpenFreshStore): void {
  describe(`the store on ${engine}`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    beforeEach(async () => {
      ({ store, cleanup } = await openFresh());
      await store.ready;
    });
    afterEach(() => cleanup());

    it('keeps a session with its snapshot, and lists running ones oldest first', async () => {
      await store.createSession(session('s-b', { createdAt: 2_000 }));
      await store.createSession(session('s-a', { createdAt: 1_000 }));
      await store.createSession(session('s-lobby'));
      const snapshot = { context: { phaseIndex: 0, endsAt: 61_000 }, value: 'running' };
      expect(await store.saveSnapshot('s-b', 'running', snapshot)).toBe(true);
      expect(await store.saveSnapshot('s-a', 'paused', { context: {} })).toBe(true);
      expect(await store.getSession('s-b')).toMatchObject({
        status: 'running',
        snapshot,
        phases: [{ id: 'presentation', seconds: 60 }],
        autoAdvance: true,
        createdAt: 2_000,
        snapshotEpoch: 0,
      });
      expect((await store.listRunningSessions()).map((s) => s.id)).toEqual(['s-a', 's-b']);
      expect(await store.getSession('missing')).toBeUndefined();
    });

    it('refuses a snapshot from an older epoch and changes nothing', async () => {
      await store.createSession(session('s-1'));
      expect(await store.saveSnapshot('s-1', 'running', { n: 1 }, 2)).toBe(true);
      expect(await store.saveSnapshot('s-1', 'ended', { n: 0 }, 1)).toBe(false);
      expect(await store.saveSnapshot('s-1', 'running', { n: 0 })).toBe(false);
      expect(await store.getSession('s-1')).toMatchObject({
        status: 'running',
        snapshot: { n: 1 },
        snapshotEpoch: 2,
      });
      expect(await store.saveSnapshot('s-1', 'paused', { n: 2 }, 2)).toBe(true);
      expect(await store.saveSnapshot('s-1', 'running', { n: 3 }, 3)).toBe(true);
      expect((await store.getSession('s-1'))?.snapshot).toEqual({ n: 3 });
      expect(await store.saveSnapshot('missing', 'running', {}, 9)).toBe(false);
    });

    it('a new owner claiming an epoch fences out the former owner before writing anything', async () => {
      await store.createSession(session('s-claim'));
      expect(await store.saveSnapshot('s-claim', 'running', { owner: 'old' }, 3)).toBe(true);
      expect(await store.claimEpoch('s-claim', 4)).toBe(true);
      expect(await store.saveSnapshot('s-claim', 'ended', { owner: 'old' }, 3)).toBe(false);
      // The claim moved the epoch only: the snapshot is still the one the former owner stored.
      expect(await store.getSession('s-claim')).toMatchObject({
        status: 'running',
        snapshot: { owner: 'old' },
        snapshotEpoch: 4,
      });
      expect(await store.claimEpoch('s-claim', 3)).toBe(false);
      expect(await store.claimEpoch('s-claim', 4)).toBe(true);
      expect(await store.saveSnapshot('s-claim', 'running', { owner: 'new' }, 4)).toBe(true);
      expect(await store.claimEpoch('missing', 1)).toBe(false);
    });

    it('two owners claiming at once: only epochs at or above the newest one stay', async () => {
      await store.createSession(session('s-race'));
      const claims = await Promise.all(
        [5, 2, 7, 6, 1].map((epoch) => store.claimEpoch('s-race', epoch)),
      );
      // Whatever the order they ran in, the newest epoch wins and nothing older is written after.
      expect(claims[2]).toBe(true);
      expect((await store.getSession('s-race'))?.snapshotEpoch).toBe(7);
      expect(await store.saveSnapshot('s-race', 'running', {}, 6)).toBe(false);
    });

    it('lists lobbies and ended sessions past their retention, by the machine’s end time', async () => {
      await store.createSession(session('old-lobby', { createdAt: 100 }));
      await store.createSession(session('new-lobby', { createdAt: 900 }));
      await store.createSession(session('ended-early', { createdAt: 50 }));
      await store.createSession(session('ended-late', { createdAt: 60 }));
      await store.saveSnapshot('ended-early', 'ended', { context: { endedAt: 400 } });
      await store.saveSnapshot('ended-late', 'ended', { context: { endedAt: 800 } });
      expect(await store.listExpired(500, 500)).toEqual(['ended-early', 'old-lobby']);
    });

    it('admits exactly the cap of peers when many join at once, and a chair always', async () => {
      await store.createSession(session('s-cap'));
      const results = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          store.addParticipantWithinCap(peer('s-cap', `p${i}`, 2_000 + i), 3),
        ),
      );
      expect(results.filter(Boolean)).toHaveLength(3);
      const chair = { ...peer('s-cap', 'chair'), joinRole: 'chair' as const };
      expect(await store.addParticipantWithinCap(chair, 3)).toBe(true);
      expect(await store.listParticipants('s-cap')).toHaveLength(4);
    });

    it('keeps participants in join order, updates, finds and removes them, and deletes with the session', async () => {
      await store.createSession(session('s-p'));
      await store.addParticipantWithinCap(peer('s-p', 'ann', 5_000), 8);
      await store.addParticipantWithinCap(peer('s-p', 'ben', 5_000), 8);
      await store.addParticipantWithinCap(peer('s-p', 'cas', 4_000), 8);
      expect((await store.listParticipants('s-p')).map((p) => p.id)).toEqual(['cas', 'ann', 'ben']);
      await store.updateParticipant('s-p', 'ann', { name: 'Anna', joinRole: 'chair' });
      await store.setHand('s-p', 'ben', 7_000);
      expect(await store.findParticipantByCredentialHash('cred-s-p-ann')).toMatchObject({
        name: 'Anna',
        joinRole: 'chair',
      });
      expect((await store.listParticipants('s-p'))[2]?.handRaisedAt).toBe(7_000);
      expect(await store.removeParticipant('s-p', 'cas')).toBe(true);
      expect(await store.removeParticipant('s-p', 'cas')).toBe(false);
      expect(await store.deleteSession('s-p')).toBe(true);
      expect(await store.deleteSession('s-p')).toBe(false);
      expect(await store.listParticipants('s-p')).toEqual([]);
      expect(await store.findParticipantByCredentialHash('cred-s-p-ann')).toBeUndefined();
    });

    it('keeps a group, caps its members under concurrency, facilitator first', async () => {
      await store.createGroup(group('g-1'), member('g-1', 'fac', 'facilitator'));
      const results = await Promise.all(
        ['m1', 'm2', 'm3', 'm4', 'm5'].map((id) => store.addMemberWithinCap(member('g-1', id), 2)),
      );
      expect(results.filter(Boolean)).toHaveLength(2);
      const members = await store.listMembers('g-1');
      expect(members).toHaveLength(3);
      expect(members[0]).toMatchObject({ id: 'fac', role: 'facilitator' });
      expect(await store.getGroup('g-1')).toEqual(group('g-1'));
      await store.updateGroup('g-1', { title: 'Renamed', enrolmentOpen: false });
      expect(await store.getGroup('g-1')).toMatchObject({ title: 'Renamed', enrolmentOpen: false });
      await store.acceptAgreement('g-1', 'fac', 10);
      await store.acceptAgreement('g-1', 'fac', 20);
      expect((await store.getMember('g-1', 'fac'))?.agreementAcceptedAt).toBe(10);
    });

    it('opens a meeting slot once even when opened twice at the same moment', async () => {
      await store.createGroup(group('g-2'), member('g-2', 'fac', 'facilitator'));
      const slot = (sessionId: string) => ({
        groupId: 'g-2',
        sessionId,
        startsAt: 50_000,
        endsAt: 60_000,
        extra: false,
        openedAt: 40_000,
        endedAt: null,
        presenterId: null,
        attendeeIds: [],
      });
      const opened = await Promise.all([
        store.openMeeting(slot('meet-a'), session('meet-a', { groupId: 'g-2' })),
        store.openMeeting(slot('meet-b'), session('meet-b', { groupId: 'g-2' })),
      ]);
      expect(opened.filter(Boolean)).toHaveLength(1);
      const meetings = await store.listMeetings('g-2');
      expect(meetings).toHaveLength(1);
      const loser = meetings[0]?.sessionId === 'meet-a' ? 'meet-b' : 'meet-a';
      expect(await store.getSession(loser)).toBeUndefined();
      expect(await store.listUnfinishedMeetings()).toHaveLength(1);
    });

    it('records a meeting’s end once, deleting its cases; deleting the group takes everything', async () => {
      await store.createGroup(group('g-3'), member('g-3', 'fac', 'facilitator'));
      await store.addMemberWithinCap(member('g-3', 'ann'), 2);
      const meeting = {
        groupId: 'g-3',
        sessionId: 'meet-3',
        startsAt: 1,
        endsAt: 2,
        extra: true,
        openedAt: 1,
        endedAt: null,
        presenterId: null,
        attendeeIds: [],
      };
      await store.openMeeting(meeting, session('meet-3', { groupId: 'g-3' }));
      const kase = (id: string, meetingId: string | null) => ({
        id,
        groupId: 'g-3',
        authorId: 'ann',
        title: id,
        question: `Question ${id}?`,
        meetingId,
        createdAt: 5,
      });
      await store.addCase(kase('attached', null));
      await store.addCase(kase('presented', null));
      await store.addCase(kase('later', null));
      await store.attachCase('g-3', 'attached', 'meet-3');
      const end = { endedAt: 9, presenterId: 'ann', attendeeIds: ['fac', 'ann'] };
      expect(await store.finishMeeting('meet-3', { ...end, presentedCaseId: 'presented' })).toBe(
        true,
      );
      expect(await store.finishMeeting('meet-3', { ...end, presentedCaseId: null })).toBe(false);
      expect((await store.listCases('g-3')).map((c) => c.id)).toEqual(['later']);
      expect(await store.findMeetingBySession('meet-3')).toMatchObject({
        endedAt: 9,
        presenterId: 'ann',
        attendeeIds: ['fac', 'ann'],
        extra: true,
      });
      await store.savePlan({ groupId: 'g-3', text: 'one', updatedAt: 1 });
      await store.savePlan({ groupId: 'g-3', text: 'two', updatedAt: 2 });
      expect(await store.getPlan('g-3')).toEqual({ groupId: 'g-3', text: 'two', updatedAt: 2 });
      expect(await store.removeMember('g-3', 'ann')).toBe(true);
      expect(await store.deleteGroup('g-3')).toBe(true);
      expect(await store.getGroup('g-3')).toBeUndefined();
      expect(await store.listMembers('g-3')).toEqual([]);
      expect(await store.listMeetings('g-3')).toEqual([]);
      expect(await store.getPlan('g-3')).toBeUndefined();
    });
  });
}
