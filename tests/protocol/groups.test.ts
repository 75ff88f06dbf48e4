import { existsSync, readFileSync } from 'node:fs';
import type {
  AddMemberResponse,
  CreateGroupRequest,
  CreateGroupResponse,
  EnterGroupResponse,
  ErrorBody,
  GroupView,
  JoinSessionResponse,
  SessionClosed,
} from '@intervision/shared';
import { rateLimitsFrom } from '@intervision/server/config';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  LiveClient,
  request,
  secretOf,
  startInProcessServer,
  type RunningServer,
} from '@intervision/testkit';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const ZONE = 'Europe/Amsterdam';

/** Every byte SQLite keeps for the database: the main file and its write-ahead log. */
const databaseBytes = (file: string): Buffer =>
  Buffer.concat([file, `${file}-wal`].filter((f) => existsSync(f)).map((f) => readFileSync(f)));

/** `ms` as a wall-clock date-time in ZONE, whole hours: `2027-01-12T10:00`. */
const localHour = (ms: number): string =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
  })
    .format(new Date(ms))
    .replace(' ', 'T') + ':00';

const enrolSecretOf = (url: string): string => new URL(url).hash.replace(/^#k=/, '');

describe('a group that meets twice, over real sockets', () => {
  let server: RunningServer;
  // The app's clock: the test moves it to meeting time and runs the scheduler, never waits.
  let offset = 0;
  const now = () => Date.now() + offset;
  const clients: LiveClient[] = [];

  beforeAll(async () => {
    server = await startInProcessServer(undefined, { now, groupSchedulerIntervalMs: DAY });
  });
  afterEach(() => clients.splice(0).forEach((c) => c.close()));
  afterAll(async () => {
    await server.close();
  });

  const call = <T>(method: string, path: string, credential?: string, body?: unknown) =>
    request<T>(
      server.url,
      method,
      path,
      body,
      credential ? { authorization: `Bearer ${credential}` } : {},
    );
  const connect = async (credential: string) => {
    const c = await LiveClient.connect(server.url, credential);
    clients.push(c);
    return c;
  };
  const createGroup = async (req: CreateGroupRequest) => {
    const res = await call<CreateGroupResponse>('POST', '/api/groups', undefined, req);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  };
  const enter = async (groupId: string, url: string, name?: string) => {
    const res = await call<EnterGroupResponse>('POST', `/api/groups/${groupId}/enter`, undefined, {
      secret: secretOf(url),
      ...(name ? { name } : {}),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  };
  const view = async (groupId: string, credential: string) => {
    const res = await call<GroupView>('GET', `/api/groups/${groupId}`, credential);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  };
  const joinMeeting = async (groupId: string, meetingId: string, credential: string) => {
    const res = await call<JoinSessionResponse>(
      'POST',
      `/api/groups/${groupId}/meetings/${meetingId}/join`,
      credential,
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  };
  /** The chair runs the meeting through every phase; answers the view at muted reflection. */
  const runMeeting = async (chair: LiveClient) => {
    expect(await chair.send('session:start')).toEqual({ ok: true });
    await chair.waitFor((v) => v.phase?.id === 'presentation', 5000, 'presentation');
    expect(await chair.send('phase:next')).toEqual({ ok: true });
    const reflection = await chair.waitFor((v) => v.phase?.id === 'muted-reflection');
    for (let i = 0; i < 3; i++) expect(await chair.send('phase:next')).toEqual({ ok: true });
    expect(await chair.send('phase:next')).toEqual({ ok: true });
    await chair.waitFor((v) => v.status === 'ended', 5000, 'ended');
    return reflection;
  };

  it('meets twice with the same identities: the case author presents, its question is pinned, its text goes, rotation moves on', async () => {
    const question = 'How-do-I-hold-the-boundary-with-Velsen-family-5531';
    const caseTitle = 'Karstijn-home-visit-7720';
    const firstStart = now() + 2 * DAY;
    const created = await createGroup({
      title: 'Tuesday reflective group',
      facilitatorName: 'Dr. Mira Vos',
      method: 'intervision',
      agreement: 'What is said here stays here.',
      schedule: {
        start: localHour(firstStart),
        timeZone: ZONE,
        rrule: 'FREQ=WEEKLY',
        durationMinutes: 90,
      },
    });
    const gid = created.id;
    const facilitator = await enter(gid, created.facilitatorUrl);
    expect(facilitator.role).toBe('facilitator');

    const added: AddMemberResponse[] = [];
    for (const name of ['Anna', 'Ben']) {
      const res = await call<AddMemberResponse>(
        'POST',
        `/api/groups/${gid}/members`,
        facilitator.credential,
        { name },
      );
      expect(res.status).toBe(201);
      added.push(res.body);
    }
    const anna = await enter(gid, added[0]!.personalUrl);
    const ben = await enter(gid, added[1]!.personalUrl);
    expect(anna.memberId).toBe(added[0]!.memberId);
    // The same link on another device gives the same member and the same credential.
    expect(await enter(gid, added[0]!.personalUrl)).toEqual(anna);
    const carl = await enter(gid, created.enrolUrl, 'Carl');
    expect(carl.role).toBe('member');
    expect(await enter(gid, carl.personalUrl)).toMatchObject({ memberId: carl.memberId });

    expect((await call('POST', `/api/groups/${gid}/agreement`, anna.credential)).status).toBe(204);
    const brought = await call<{ id: string }>(
      'POST',
      `/api/groups/${gid}/cases`,
      anna.credential,
      {
        title: caseTitle,
        question,
      },
    );
    expect(brought.status).toBe(201);

    const seenByFacilitator = await view(gid, facilitator.credential);
    expect(seenByFacilitator.members.map((m) => m.name)).toEqual([
      'Dr. Mira Vos',
      'Anna',
      'Ben',
      'Carl',
    ]);
    expect(seenByFacilitator.cases.map((c) => c.title)).toEqual([caseTitle]);
    expect(seenByFacilitator.suggestedPresenter).toEqual({
      memberId: anna.memberId,
      name: 'Anna',
      caseId: brought.body.id,
    });
    expect(seenByFacilitator.meetings.length).toBeGreaterThanOrEqual(6);
    expect(seenByFacilitator.nextMeeting).toMatchObject({ id: null, status: 'scheduled' });
    const seenByAnna = await view(gid, anna.credential);
    expect(seenByAnna.me.agreementAcceptedAt).not.toBeNull();
    expect(seenByAnna.cases).toHaveLength(1);
    expect((await view(gid, ben.credential)).cases).toEqual([]);

    const early = await call<ErrorBody>(
      'POST',
      `/api/groups/${gid}/meetings/next/join`,
      anna.credential,
    );
    expect(early.status).toBe(409);
    expect(early.body.error).toBe('meeting_not_open');
    expect(early.body.message).toContain(seenByFacilitator.nextMeeting!.opensAt);

    // Meeting 1 opens by itself 15 minutes before its start, once.
    const startsAt = Date.parse(seenByFacilitator.nextMeeting!.startsAt);
    offset += startsAt - 16 * MINUTE - now();
    expect(await server.app.groups.scheduler.tick()).toEqual([]);
    offset += 2 * MINUTE;
    const opened = await server.app.groups.scheduler.tick();
    expect(opened).toHaveLength(1);
    expect(await server.app.groups.scheduler.tick(), 'a slot opens once').toEqual([]);
    const meeting1 = opened[0]!;
    expect((await view(gid, anna.credential)).nextMeeting).toMatchObject({
      id: meeting1,
      status: 'open',
    });

    const chairJoin = await joinMeeting(gid, meeting1, facilitator.credential);
    expect(chairJoin.role).toBe('chair');
    expect(chairJoin.view.groupId).toBe(gid);
    const annaJoin = await joinMeeting(gid, meeting1, anna.credential);
    expect(annaJoin.identity).toBe(anna.memberId);
    expect(annaJoin.role).toBe('presenter');
    // A second tab: the same participant, nobody added.
    const annaAgain = await joinMeeting(gid, 'next', anna.credential);
    expect(annaAgain.credential).toBe(annaJoin.credential);
    expect(annaAgain.view.participants.filter((p) => p.identity === anna.memberId)).toHaveLength(1);
    await joinMeeting(gid, meeting1, ben.credential);
    await joinMeeting(gid, meeting1, carl.credential);

    const chair = await connect(chairJoin.credential);
    const annaTab1 = await connect(annaJoin.credential);
    const annaTab2 = await connect(annaAgain.credential);
    const withQuestion = await chair.waitFor((v) => v.question === question, 5000, 'question');
    expect(withQuestion.presenter).toBe(anna.memberId);
    expect(withQuestion.participants).toHaveLength(4);
    await annaTab2.waitFor((v) => v.participants.length === 4);
    void annaTab1;

    const reflection = await runMeeting(chair);
    expect(reflection.question).toBe(question);
    expect(reflection.presenter).toBe(anna.memberId);

    const afterFirst = await view(gid, facilitator.credential);
    expect(afterFirst.cases).toEqual([]);
    const held = afterFirst.meetings.find((m) => m.id === meeting1)!;
    expect(held).toMatchObject({ status: 'ended', presenterId: anna.memberId });
    expect([...held.attendeeIds].sort()).toEqual(
      [facilitator.memberId, anna.memberId, ben.memberId, carl.memberId].sort(),
    );
    const annaRow = afterFirst.members.find((m) => m.id === anna.memberId)!;
    expect(annaRow.lastPresentedAt).toBe(held.startsAt);
    expect(annaRow.attended).toBe(1);
    const bytes = databaseBytes(server.databaseFile);
    expect(bytes.includes(question), 'question on disk').toBe(false);
    expect(bytes.includes(caseTitle), 'case title on disk').toBe(false);

    // Meeting 2, opened early by the facilitator: nobody brings a case, so the member who
    // presented least recently (never, joined first) is suggested and presents on entering.
    expect(afterFirst.suggestedPresenter).toEqual({
      memberId: ben.memberId,
      name: 'Ben',
      caseId: null,
    });
    const opened2 = await call<{ meetingId: string }>(
      'POST',
      `/api/groups/${gid}/meetings`,
      facilitator.credential,
      {},
    );
    expect(opened2.status).toBe(201);
    const meeting2 = opened2.body.meetingId;
    expect(meeting2).not.toBe(meeting1);
    const chair2 = await joinMeeting(gid, meeting2, facilitator.credential);
    expect(chair2.identity).toBe(chairJoin.identity);
    const anna2 = await joinMeeting(gid, meeting2, anna.credential);
    expect(anna2.identity).toBe(anna.memberId);
    expect(anna2.role).toBe('peer');
    expect(anna2.credential).not.toBe(annaJoin.credential);
    const ben2 = await joinMeeting(gid, meeting2, ben.credential);
    expect(ben2.role).toBe('presenter');
    const chairClient2 = await connect(chair2.credential);
    await runMeeting(chairClient2);
    const afterSecond = await view(gid, ben.credential);
    expect(afterSecond.meetings.find((m) => m.id === meeting2)).toMatchObject({
      status: 'ended',
      presenterId: ben.memberId,
    });
    expect(afterSecond.suggestedPresenter?.memberId).toBe(carl.memberId);
  });

  it('refuses a removed member, the enrolment link after closing and another group’s credential', async () => {
    const created = await createGroup({ title: 'Peer group', method: 'intervision' });
    const gid = created.id;
    const facilitator = await enter(gid, created.facilitatorUrl);
    const dora = await enter(gid, created.enrolUrl, 'Dora');
    const eli = await enter(gid, created.enrolUrl, 'Eli');

    const open = await call<{ meetingId: string }>(
      'POST',
      `/api/groups/${gid}/meetings`,
      facilitator.credential,
      {},
    );
    expect(open.status).toBe(201);
    const chairJoin = await joinMeeting(gid, open.body.meetingId, facilitator.credential);
    const chair = await connect(chairJoin.credential);
    const doraJoin = await joinMeeting(gid, open.body.meetingId, dora.credential);
    const doraClient = await connect(doraJoin.credential);
    await chair.waitFor((v) => v.participants.some((p) => p.identity === dora.memberId));

    const closed = doraClient.next<SessionClosed>('session:closed');
    const removed = await call(
      'DELETE',
      `/api/groups/${gid}/members/${dora.memberId}`,
      facilitator.credential,
    );
    expect(removed.status).toBe(204);
    expect(await closed).toEqual({ reason: 'removed' });
    await chair.waitFor((v) => !v.participants.some((p) => p.identity === dora.memberId));
    const link = await call<ErrorBody>('POST', `/api/groups/${gid}/enter`, undefined, {
      secret: secretOf(dora.personalUrl),
    });
    expect(link.status).toBe(401);
    expect((await call('GET', `/api/groups/${gid}`, dora.credential)).status).toBe(401);
    await expect(LiveClient.connect(server.url, doraJoin.credential)).rejects.toThrow(
      'unauthorized',
    );

    const patched = await call<GroupView>('PATCH', `/api/groups/${gid}`, facilitator.credential, {
      enrolmentOpen: false,
    });
    expect(patched.status).toBe(200);
    expect(patched.body.enrolmentOpen).toBe(false);
    const late = await call<ErrorBody>('POST', `/api/groups/${gid}/enter`, undefined, {
      secret: enrolSecretOf(created.enrolUrl),
      name: 'Fay',
    });
    expect(late.status).toBe(403);
    expect((await view(gid, facilitator.credential)).members.map((m) => m.name)).toEqual([
      'Facilitator',
      'Eli',
    ]);

    const other = await createGroup({ title: 'Other group', method: 'balint' });
    const otherFacilitator = await enter(other.id, other.facilitatorUrl);
    expect((await call('GET', `/api/groups/${gid}`, otherFacilitator.credential)).status).toBe(401);
    expect(
      (
        await call(
          'POST',
          `/api/groups/${gid}/meetings/${open.body.meetingId}/join`,
          otherFacilitator.credential,
        )
      ).status,
    ).toBe(401);
    expect(
      (await call('DELETE', `/api/groups/${gid}`, eli.credential)).status,
      'a member cannot delete',
    ).toBe(403);

    // A lost link: the facilitator makes a new one; the old one and its credential stop.
    const renewed = await call<{ personalUrl: string }>(
      'POST',
      `/api/groups/${gid}/members/${eli.memberId}/link`,
      facilitator.credential,
    );
    expect(renewed.status).toBe(200);
    expect((await call('GET', `/api/groups/${gid}`, eli.credential)).status).toBe(401);
    const oldLink = await call('POST', `/api/groups/${gid}/enter`, undefined, {
      secret: secretOf(eli.personalUrl),
    });
    expect(oldLink.status).toBe(401);
    const eliAgain = await enter(gid, renewed.body.personalUrl);
    expect(eliAgain.memberId).toBe(eli.memberId);

    // The facilitator renews their own link mid-meeting: the same chair, only the new one works.
    const selfRenewed = await call<{ personalUrl: string }>(
      'POST',
      `/api/groups/${gid}/members/${facilitator.memberId}/link`,
      facilitator.credential,
    );
    expect(selfRenewed.status).toBe(200);
    const facilitatorAgain = await enter(gid, selfRenewed.body.personalUrl);
    const chairAgain = await joinMeeting(gid, open.body.meetingId, facilitatorAgain.credential);
    expect(chairAgain).toMatchObject({ identity: facilitator.memberId, role: 'chair' });
    expect(chairAgain.credential).not.toBe(chairJoin.credential);
    expect(chairAgain.view.participants.map((p) => p.identity)).toEqual([facilitator.memberId]);
    await connect(chairAgain.credential);
    await expect(LiveClient.connect(server.url, chairJoin.credential)).rejects.toThrow(
      'unauthorized',
    );

    // A case its author withdraws is gone.
    const brought = await call<{ id: string }>(
      'POST',
      `/api/groups/${gid}/cases`,
      eliAgain.credential,
      {
        title: 'Withdrawn',
        question: 'Should I?',
      },
    );
    expect(brought.status).toBe(201);
    expect(
      (await call('DELETE', `/api/groups/${gid}/cases/${brought.body.id}`, eliAgain.credential))
        .status,
    ).toBe(204);
    expect((await view(gid, facilitatorAgain.credential)).cases).toEqual([]);
    expect(
      (await call('DELETE', `/api/groups/${gid}/cases/${brought.body.id}`, eliAgain.credential))
        .status,
    ).toBe(404);
  });

  it('refuses bad schedules with a clear error and creates nothing', async () => {
    const before = (await server.store.listScheduledGroups()).length;
    const start = localHour(now() + 3 * DAY);
    const bad: Array<[string, CreateGroupRequest['schedule'], string]> = [
      ['unknown zone', { start, timeZone: 'Mars/Olympus', durationMinutes: 60 }, 'time zone'],
      [
        'invalid rule',
        { start, timeZone: ZONE, rrule: 'FREQ=SOMETIMES', durationMinutes: 60 },
        'FREQ',
      ],
      ['too often', { start, timeZone: ZONE, rrule: 'FREQ=HOURLY', durationMinutes: 60 }, 'daily'],
      ['past start', { start: '2020-03-03T10:00', timeZone: ZONE, durationMinutes: 60 }, 'past'],
      [
        'past date',
        { start, timeZone: ZONE, dates: ['2021-01-01T10:00'], durationMinutes: 60 },
        'past',
      ],
      ['too short', { start, timeZone: ZONE, durationMinutes: 5 }, 'durationMinutes'],
    ];
    for (const [label, schedule, says] of bad) {
      const res = await call<ErrorBody>('POST', '/api/groups', undefined, {
        title: label,
        method: 'intervision',
        schedule,
      });
      expect(res.status, label).toBe(400);
      expect(res.body.error).toBe('bad_request');
      expect(res.body.message, label).toContain(says);
    }
    expect(await server.store.listScheduledGroups()).toHaveLength(before);
  });

  it('serves the calendar with the credential or the subscription token, and nothing else', async () => {
    const created = await createGroup({
      title: 'Quarterly supervision',
      method: 'supervision-cycle',
      schedule: {
        start: localHour(now() + 5 * DAY),
        timeZone: ZONE,
        rrule: 'FREQ=MONTHLY;INTERVAL=3',
        durationMinutes: 120,
      },
    });
    const member = await enter(created.id, created.enrolUrl, 'Gus');
    const byBearer = await fetch(`${server.url}/api/groups/${created.id}/calendar.ics`, {
      headers: { authorization: `Bearer ${member.credential}` },
    });
    expect(byBearer.status).toBe(200);
    expect(byBearer.headers.get('content-type')).toContain('text/calendar');
    const text = await byBearer.text();
    expect(text).toMatch(/^RRULE:(?=.*FREQ=MONTHLY)(?=.*INTERVAL=3)/m);
    expect(text).toContain(`TZID=${ZONE}`);
    expect(text).toContain('BEGIN:VTIMEZONE');
    const { me } = await view(created.id, member.credential);
    const byToken = await fetch(me.calendarUrl.replace('http://127.0.0.1', server.url));
    expect(byToken.status).toBe(200);
    const rule = /^RRULE:.*$/m.exec(text)![0];
    expect(await byToken.text()).toContain(rule);
    const forged = await fetch(`${server.url}/api/groups/${created.id}/calendar.ics?token=nope`);
    expect(forged.status).toBe(401);
    // The calendar token opens the calendar only, never the group.
    const token = new URL(me.calendarUrl).searchParams.get('token')!;
    expect((await call('GET', `/api/groups/${created.id}`, token)).status).toBe(401);
  });

  it('keeps a one-to-one development plan, holds the cap, and bad bodies change nothing', async () => {
    const created = await createGroup({
      title: 'Development',
      method: 'one-to-one',
      maxMembers: 1,
    });
    const gid = created.id;
    const consultant = await enter(gid, created.facilitatorUrl);
    const practitioner = await enter(gid, created.enrolUrl, 'Ines');
    const full = await call<ErrorBody>('POST', `/api/groups/${gid}/enter`, undefined, {
      secret: enrolSecretOf(created.enrolUrl),
      name: 'Jack',
    });
    expect(full.status).toBe(409);
    expect(full.body.error).toBe('session_full');

    // Longer than the 16 KiB other bodies may have.
    const plan = `# Plan\n${'Keep the weekly reflection log. '.repeat(700)}`.slice(0, 20_000);
    const saved = await call('PUT', `/api/groups/${gid}/plan`, practitioner.credential, {
      text: plan,
    });
    expect(saved.status).toBe(204);
    expect((await view(gid, consultant.credential)).plan?.text).toBe(plan);
    const tooLong = await call('PUT', `/api/groups/${gid}/plan`, consultant.credential, {
      text: `${plan}!`,
    });
    expect(tooLong.status).toBe(400);
    expect((await view(gid, practitioner.credential)).plan?.text).toBe(plan);

    const peers = await createGroup({ title: 'Peers', method: 'intervision' });
    const peersFacilitator = await enter(peers.id, peers.facilitatorUrl);
    const noPlan = await call('PUT', `/api/groups/${peers.id}/plan`, peersFacilitator.credential, {
      text: 'x',
    });
    expect(noPlan.status).toBe(403);
    expect((await view(peers.id, peersFacilitator.credential)).plan).toBeNull();

    const refused: Array<[string, string, unknown]> = [
      ['POST', 'cases', { title: 'T', question: 'Q?', urgent: true }],
      ['POST', 'cases', { title: '', question: 'Q?' }],
      ['POST', 'cases', { title: 'T', question: 'Q?', meetingId: 'no-such-meeting' }],
    ];
    for (const [method, path, body] of refused) {
      const res = await call<ErrorBody>(
        method,
        `/api/groups/${gid}/${path}`,
        practitioner.credential,
        body,
      );
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect((await view(gid, practitioner.credential)).cases).toEqual([]);
    const past = await call<ErrorBody>(
      'POST',
      `/api/groups/${gid}/meetings`,
      consultant.credential,
      {
        startsAt: '2020-01-01T10:00:00Z',
      },
    );
    expect(past.status).toBe(400);
    expect(past.body.message).toContain('past');
    expect((await view(gid, consultant.credential)).meetings).toEqual([]);
    const shrink = await call('PATCH', `/api/groups/${gid}`, consultant.credential, {
      maxMembers: 0,
    });
    expect(shrink.status).toBe(400);
    const notJson = await fetch(`${server.url}/api/groups/${gid}/cases`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${practitioner.credential}`,
      },
      body: '{"title": ',
    });
    expect(notJson.status).toBe(400);
    expect((await view(gid, consultant.credential)).maxMembers).toBe(1);
  });

  it('deletes the group with everything in it: meetings, sessions, members, cases', async () => {
    const title = 'Zwartewaal-group-title-6604';
    const caseText = 'Should-Terbregge-tell-the-mother-3391';
    const created = await createGroup({ title, method: 'intervision' });
    const gid = created.id;
    const facilitator = await enter(gid, created.facilitatorUrl);
    const member = await enter(gid, created.enrolUrl, 'Hanna');
    await call('POST', `/api/groups/${gid}/cases`, member.credential, {
      title: 'A case',
      question: caseText,
    });
    const open = await call<{ meetingId: string }>(
      'POST',
      `/api/groups/${gid}/meetings`,
      facilitator.credential,
      {},
    );
    const meetingId = open.body.meetingId;
    const memberJoin = await joinMeeting(gid, meetingId, member.credential);
    const memberClient = await connect(memberJoin.credential);
    await memberClient.waitFor((v) => v.question === caseText, 5000, 'question');
    expect(databaseBytes(server.databaseFile).includes(caseText)).toBe(true);

    const closed = memberClient.next<SessionClosed>('session:closed');
    expect((await call('DELETE', `/api/groups/${gid}`, facilitator.credential)).status).toBe(204);
    expect(await closed).toEqual({ reason: 'deleted' });
    expect(await server.store.getSession(meetingId)).toBeUndefined();
    expect(await server.store.getGroup(gid)).toBeUndefined();
    expect((await call('GET', `/api/groups/${gid}`, facilitator.credential)).status).toBe(404);
    const bytes = databaseBytes(server.databaseFile);
    for (const text of [title, caseText, 'Hanna']) expect(bytes.includes(text), text).toBe(false);
  });
});

describe('group creation and entry are limited per client address', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startInProcessServer(undefined, {
      rateLimits: rateLimitsFrom({
        socketPerSecond: 10,
        socketBurst: 40,
        createsPerHour: 2,
        joinsPerMinute: 2,
      }),
    });
  });
  afterAll(async () => {
    await server.close();
  });

  it('answers 429 rate_limited with Retry-After past the budget and creates or enrols nobody', async () => {
    const made: CreateGroupResponse[] = [];
    for (const title of ['One', 'Two']) {
      const res = await request<CreateGroupResponse>(server.url, 'POST', '/api/groups', {
        title,
        method: 'intervision',
        schedule: { start: '2040-01-01T10:00', timeZone: 'UTC', durationMinutes: 60 },
      });
      expect(res.status).toBe(201);
      made.push(res.body);
    }
    const third = await fetch(`${server.url}/api/groups`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 'Three',
        method: 'intervision',
        schedule: { start: '2040-01-01T10:00', timeZone: 'UTC', durationMinutes: 60 },
      }),
    });
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await server.store.listScheduledGroups()).map((g) => g.title)).toEqual(['One', 'Two']);

    const gid = made[0]!.id;
    const enrol = (name: string) =>
      request<ErrorBody>(server.url, 'POST', `/api/groups/${gid}/enter`, {
        secret: enrolSecretOf(made[0]!.enrolUrl),
        name,
      });
    expect((await enrol('Ann')).status).toBe(200);
    expect((await enrol('Ben')).status).toBe(200);
    const limited = await enrol('Cas');
    expect(limited.status).toBe(429);
    expect(limited.body.error).toBe('rate_limited');
    expect((await server.store.listMembers(gid)).map((m) => m.name)).toEqual([
      'Facilitator',
      'Ann',
      'Ben',
    ]);
  });
});
