import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import type { GatheringView, JoinGatheringResponse } from '@intervision/shared';
import { SimulatedClock } from 'xstate';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createGathering,
  GatheringClient,
  joinGathering,
  request,
  startInProcessServer,
  type RunningServer,
} from '@intervision/testkit';

const T0 = 1_800_000_000_000;

/** Steps the simulated clock a second at a time so each deadline fires at its own instant. */
function advance(clock: SimulatedClock, ms: number): void {
  for (let left = ms; left > 0; left -= 1000) clock.increment(Math.min(1000, left));
}

const placeOf = (v: GatheringView | undefined, identity: string) =>
  v?.members.find((m) => m.identity === identity)?.place;

describe('gatherings over HTTP and the /gathering socket', () => {
  const cleanup: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  async function start(options: { databaseFile?: string; at?: number } = {}) {
    const clock = new SimulatedClock();
    clock.set(options.at ?? T0);
    const server = await startInProcessServer(undefined, {
      now: () => clock.now(),
      clock,
      ...(options.databaseFile ? { databaseFile: options.databaseFile } : {}),
    });
    cleanup.push(() => server.close());
    return { server, clock };
  }

  /** A gathering with a host, a helper and `attendees` attendees, every one connected. */
  async function gathering(server: RunningServer, attendees: number) {
    const created = await createGathering(server.url, { title: 'Network day' });
    const join = (url: string, name: string) => joinGathering(server.url, created.id, url, name);
    const host = await join(created.hostUrl, 'Host');
    const helper = await join(created.helperUrl, 'Helper');
    const people: JoinGatheringResponse[] = [];
    for (let i = 0; i < attendees; i++) people.push(await join(created.inviteUrl, `P${i + 1}`));
    const connect = async (j: JoinGatheringResponse) => {
      const c = await GatheringClient.connect(server.url, j.credential);
      cleanup.push(() => c.close());
      return c;
    };
    const hostClient = await connect(host);
    const helperClient = await connect(helper);
    const clients = [];
    for (const p of people) clients.push(await connect(p));
    await hostClient.waitFor((v) => v.members.filter((m) => m.connected).length === attendees + 2);
    return { created, host, helper, people, hostClient, helperClient, clients };
  }

  it('creates a gathering with host, helper and invite links that join with their roles', async () => {
    const { server } = await start();
    const created = await createGathering(server.url, { title: 'Network day' });
    expect(created.hostUrl).toMatch(new RegExp(`/gathering/${created.id}#k=`));
    const roles = await Promise.all(
      [created.hostUrl, created.helperUrl, created.inviteUrl].map((u) =>
        joinGathering(server.url, created.id, u, 'Someone'),
      ),
    );
    expect(roles.map((r) => r.role)).toEqual(['host', 'helper', 'attendee']);
    const client = await GatheringClient.connect(server.url, roles[2]!.credential);
    cleanup.push(() => client.close());
    const view = await client.waitFor(() => true);
    expect(view).toMatchObject({ title: 'Network day', stage: 'plenary', maxParticipants: 100 });
    expect(view.self).toMatchObject({
      place: 'plenary',
      room: `gathering-${created.id}`,
      rights: { microphone: false, camera: true },
    });
  });

  it('refuses bad create and join requests with clear codes', async () => {
    const { server } = await start();
    const bad = await request(server.url, 'POST', '/api/gatherings', {
      title: 'x',
      maxParticipants: 1,
    });
    expect(bad).toMatchObject({ status: 400, body: { error: 'bad_request' } });
    const created = await createGathering(server.url, { title: 'Day', maxParticipants: 2 });
    const path = `/api/gatherings/${created.id}/join`;
    expect(await request(server.url, 'POST', path, { secret: 'nope', name: 'A' })).toMatchObject({
      status: 401,
      body: { error: 'unauthorized' },
    });
    expect(
      await request(server.url, 'POST', '/api/gatherings/AAAAAAAAAAAAAAAA/join', {
        secret: 'x',
        name: 'A',
      }),
    ).toMatchObject({ status: 404, body: { error: 'not_found' } });
    const secret = new URL(created.inviteUrl).hash.slice(3);
    expect(await request(server.url, 'POST', path, { secret })).toMatchObject({ status: 400 });
    await joinGathering(server.url, created.id, created.inviteUrl, 'A');
    await joinGathering(server.url, created.id, created.inviteUrl, 'B');
    expect(await request(server.url, 'POST', path, { secret, name: 'C' })).toMatchObject({
      status: 409,
      body: { error: 'room_full' },
    });
    // The host link always enters.
    await joinGathering(server.url, created.id, created.hostUrl, 'Host');
  });

  it('answers the token route with media_unavailable without a media server, and checks the bearer', async () => {
    const { server } = await start();
    const created = await createGathering(server.url, { title: 'Day' });
    const other = await createGathering(server.url, { title: 'Other' });
    const a = await joinGathering(server.url, created.id, created.inviteUrl, 'A');
    const path = `/api/gatherings/${created.id}/token`;
    expect(await request(server.url, 'POST', path)).toMatchObject({ status: 401 });
    expect(
      await request(server.url, 'POST', `/api/gatherings/${other.id}/token`, undefined, {
        authorization: `Bearer ${a.credential}`,
      }),
    ).toMatchObject({ status: 403, body: { error: 'forbidden' } });
    expect(
      await request(server.url, 'POST', path, undefined, {
        authorization: `Bearer ${a.credential}`,
      }),
    ).toMatchObject({ status: 503, body: { error: 'media_unavailable' } });
  });

  it('answers an unknown event on the gathering namespace with bad_request', async () => {
    const { server } = await start();
    const g = await gathering(server, 1);
    expect(await g.clients[0]!.send('session:start')).toMatchObject({
      ok: false,
      error: 'bad_request',
    });
  });

  it('refuses a socket without a valid credential', async () => {
    const { server } = await start();
    await expect(GatheringClient.connect(server.url, 'not-a-credential')).rejects.toThrow(
      /unauthorized/,
    );
  });

  it('the host opens random pairs: everyone is moved at once and sees their room and partner', async () => {
    const { server } = await start();
    const g = await gathering(server, 4);
    const ack = await g.hostClient.send('breakouts:open', {
      size: 2,
      assign: 'random',
      format: 'dyad-supervision',
    });
    expect(ack).toEqual({ ok: true });
    const view = await g.hostClient.waitFor((v) => v.stage === 'breakouts');
    expect(view.rooms.map((r) => r.members.length)).toEqual([2, 2]);
    expect(view.rooms[0]?.phase).toMatchObject({ id: 'a-speaks', endsAt: T0 + 180_000 });
    expect(view.format).toEqual({ id: 'dyad-supervision', title: 'Dyad supervision' });
    for (const [i, c] of g.clients.entries()) {
      const moved = await c.waitForMove((m) => m.place !== 'plenary');
      const mine = await c.waitFor((v) => v.self.place === moved.place);
      const room = mine.rooms.find((r) => r.id === moved.place);
      expect(room?.members).toContain(g.people[i]!.identity);
      expect(mine.self.room).toBe(`gathering-${g.created.id}-b1-${moved.place}`);
      expect(mine.self.rights.microphone).toBe(mine.self.position === 'A');
    }
    // The host and helper stay in the plenary.
    expect(placeOf(view, g.host.identity)).toBe('plenary');
  });

  it('bad gathering commands get a clear error and change nothing', async () => {
    const { server } = await start();
    const g = await gathering(server, 2);
    const attendee = g.clients[0]!;
    const before = { view: await g.hostClient.view() };

    expect(await g.hostClient.send('breakouts:open', { size: 0, assign: 'random' })).toMatchObject({
      ok: false,
      error: 'bad_request',
    });
    expect(await attendee.send('breakouts:open', { size: 2, assign: 'random' })).toMatchObject({
      ok: false,
      error: 'forbidden',
    });
    expect(await attendee.send('floor:give', { identity: g.people[1]!.identity })).toMatchObject({
      ok: false,
      error: 'forbidden',
    });
    expect(await g.helperClient.send('breakouts:close')).toMatchObject({
      ok: false,
      error: 'forbidden',
    });
    expect(
      await g.hostClient.send('breakouts:open', { size: 2, assign: 'random', format: 'nope' }),
    ).toMatchObject({ ok: false, error: 'not_found' });
    expect(await g.hostClient.send('breakouts:open', { size: 2, assign: 'host' })).toMatchObject({
      ok: false,
      error: 'bad_request',
    });
    expect(await g.hostClient.send('breakouts:close')).toMatchObject({
      ok: false,
      error: 'invalid_transition',
    });
    let after = { view: await g.hostClient.view() };
    expect({ ...after.view, serverNow: 0 }).toEqual({ ...before.view, serverNow: 0 });

    await g.hostClient.send('breakouts:open', { size: 2, assign: 'random' });
    const open = await g.hostClient.waitFor((v) => v.stage === 'breakouts');
    const who = g.people[0]!.identity;
    expect(
      await g.hostClient.send('participant:move', { identity: who, room: 'r9' }),
    ).toMatchObject({ ok: false, error: 'not_found' });
    expect(
      await g.hostClient.send('participant:move', { identity: 'nobody', room: 'r1' }),
    ).toMatchObject({ ok: false, error: 'not_found' });
    expect(await attendee.send('participant:visit', { room: 'r1' })).toMatchObject({
      ok: false,
      error: 'forbidden',
    });
    expect(await attendee.send('room:choose', { room: 'r1' })).toMatchObject({
      ok: false,
      error: 'invalid_transition',
    });
    after = { view: await g.hostClient.view() };
    expect(after.view.rooms).toEqual(open.rooms);
  });

  it('the host moves a person to the plenary and back to a room', async () => {
    const { server } = await start();
    const g = await gathering(server, 4);
    await g.hostClient.send('breakouts:open', {
      size: 2,
      assign: 'host',
      assignments: [
        [g.people[0]!.identity, g.people[1]!.identity],
        [g.people[2]!.identity, g.people[3]!.identity],
      ],
    });
    const mover = g.clients[0]!;
    await mover.waitForMove((m) => m.place === 'r1');
    const who = g.people[0]!.identity;
    expect(await g.hostClient.send('participant:move', { identity: who, room: 'r2' })).toEqual({
      ok: true,
    });
    await mover.waitForMove((m) => m.place === 'r2');
    const view = await g.hostClient.waitFor((v) => placeOf(v, who) === 'r2');
    expect(view.rooms.find((r) => r.id === 'r2')?.members).toEqual([
      g.people[2]!.identity,
      g.people[3]!.identity,
      who,
    ]);
    await g.hostClient.send('participant:move', { identity: who, room: 'plenary' });
    await mover.waitForMove((m) => m.place === 'plenary');
  });

  it('people choose rooms when the host lets them, up to the room size', async () => {
    const { server } = await start();
    const g = await gathering(server, 3);
    await g.hostClient.send('breakouts:open', { size: 2, assign: 'choice', minutes: 5 });
    const open = await g.hostClient.waitFor((v) => v.stage === 'breakouts');
    expect(open.rooms.map((r) => r.members)).toEqual([[], []]);
    const [a, b, c] = g.clients as [GatheringClient, GatheringClient, GatheringClient];
    expect(await a.send('room:choose', { room: 'r1' })).toMatchObject({ ok: true, place: 'r1' });
    expect(await b.send('room:choose', { room: 'r1' })).toMatchObject({ ok: true, place: 'r1' });
    expect(await c.send('room:choose', { room: 'r1' })).toMatchObject({
      ok: false,
      error: 'room_full',
    });
    expect(await c.send('room:choose', { room: 'r2' })).toMatchObject({ ok: true, place: 'r2' });
  });

  it('a late arrival joins a breakout with space, or the plenary when there is none', async () => {
    const { server } = await start();
    const g = await gathering(server, 3);
    await g.hostClient.send('breakouts:open', { size: 2, assign: 'random' });
    await g.hostClient.waitFor((v) => v.stage === 'breakouts');
    // Three people in pairs: one room of three; a fourth finds no space.
    const late = await joinGathering(server.url, g.created.id, g.created.inviteUrl, 'Late');
    let view = await g.hostClient.waitFor((v) =>
      v.members.some((m) => m.identity === late.identity),
    );
    expect(placeOf(view, late.identity)).toBe('plenary');
    await g.hostClient.send('participant:move', {
      identity: g.people[0]!.identity,
      room: 'plenary',
    });
    await g.hostClient.send('participant:move', {
      identity: g.people[1]!.identity,
      room: 'plenary',
    });
    const later = await joinGathering(server.url, g.created.id, g.created.inviteUrl, 'Later');
    view = await g.hostClient.waitFor((v) => v.members.some((m) => m.identity === later.identity));
    expect(placeOf(view, later.identity)).toBe('r1');
  });

  it('floor, hands and help: the host gives the floor, helpers hear who needs help and see devices', async () => {
    const { server } = await start();
    const g = await gathering(server, 2);
    const [a, b] = g.clients as [GatheringClient, GatheringClient];
    const aId = g.people[0]!.identity;
    await a.send('hand:raise');
    await g.hostClient.send('floor:give', { identity: aId });
    const withFloor = await a.waitFor((v) => v.self.rights.microphone);
    expect(withFloor.members.find((m) => m.identity === aId)?.floor).toBe(true);
    await g.hostClient.send('hand:lower', { identity: aId });
    await g.hostClient.send('floor:take', { identity: aId });
    await a.waitFor((v) => !v.self.rights.microphone);
    // A helper can be given the floor too; the host always has it.
    expect(await g.hostClient.send('floor:give', { identity: g.helper.identity })).toEqual({
      ok: true,
    });
    await g.helperClient.waitFor((v) => v.self.rights.microphone);
    expect(await g.hostClient.send('floor:give', { identity: g.host.identity })).toMatchObject({
      ok: false,
      error: 'not_found',
    });

    const help = g.helperClient.next<{ identity: string; place: string }>('help:requested');
    await b.send('help:request');
    expect(await help).toMatchObject({ identity: g.people[1]!.identity, place: 'plenary' });
    await b.send('status:report', { camera: 'unavailable', microphone: 'on', connection: 'poor' });
    const seen = await g.helperClient.waitFor(
      (v) => v.members.find((m) => m.identity === g.people[1]!.identity)?.device !== null,
    );
    expect(seen.members.find((m) => m.identity === g.people[1]!.identity)).toMatchObject({
      device: { camera: 'unavailable', connection: 'poor' },
      needsHelpAt: T0,
    });
    // Attendees never see other people's devices or help requests.
    const aView = { view: await a.view() };
    expect(aView.view.members.find((m) => m.identity === g.people[1]!.identity)).toMatchObject({
      device: null,
      needsHelpAt: null,
    });
    expect(await g.helperClient.send('help:cancel', { identity: g.people[1]!.identity })).toEqual({
      ok: true,
    });
    expect(await a.send('help:cancel', { identity: g.people[1]!.identity })).toMatchObject({
      ok: false,
      error: 'forbidden',
    });
  });

  it('closing warns for 30 seconds, then everyone is back in the plenary', async () => {
    const { server, clock } = await start();
    const g = await gathering(server, 2);
    await g.hostClient.send('breakouts:open', { size: 2, assign: 'random', minutes: 3 });
    await g.hostClient.waitFor((v) => v.stage === 'breakouts');
    const notice = g.clients[0]!.next<{ text: string }>('breakouts:broadcast');
    expect(await g.hostClient.send('breakouts:broadcast', { text: 'Two minutes left' })).toEqual({
      ok: true,
    });
    expect(await notice).toEqual({ text: 'Two minutes left', sentAt: T0 });
    const told = await g.clients[0]!.waitFor((v) => v.broadcast?.text === 'Two minutes left');
    expect(told.broadcast?.sentAt).toBe(T0);
    expect(await g.hostClient.send('breakouts:extend', { seconds: 60 })).toEqual({ ok: true });
    const extended = await g.clients[0]!.waitFor((v) => v.rooms[0]?.deadline === T0 + 240_000);
    expect(extended.rooms[0]?.phase?.endsAt).toBe(T0 + 240_000);
    const warning = g.clients[1]!.next<{ recallAt: number }>('breakouts:recalling');
    await g.hostClient.send('breakouts:close');
    expect(await warning).toEqual({ recallAt: T0 + 30_000, serverNow: T0 });
    const recalling = await g.clients[1]!.waitFor((v) => v.stage === 'recalling');
    expect(recalling.recallAt).toBe(T0 + 30_000);
    advance(clock, 30_000);
    for (const c of g.clients) {
      await c.waitFor((v) => v.stage === 'plenary' && v.self.place === 'plenary');
      await c.waitForMove((m) => m.place === 'plenary');
    }
  });

  it('the host deletes the gathering: sockets are closed, credentials stop working, nothing is kept', async () => {
    const { server } = await start();
    const g = await gathering(server, 2);
    const path = `/api/gatherings/${g.created.id}`;
    const auth = (j: JoinGatheringResponse) => ({ authorization: `Bearer ${j.credential}` });
    expect(await request(server.url, 'DELETE', path, undefined, auth(g.people[0]!))).toMatchObject({
      status: 403,
      body: { error: 'forbidden' },
    });
    const closed = g.clients[0]!.next<{ reason: string }>('gathering:closed');
    const gone = new Promise<void>((resolve) =>
      g.clients[1]!.socket.once('disconnect', () => resolve()),
    );
    expect((await request(server.url, 'DELETE', path, undefined, auth(g.host))).status).toBe(204);
    expect(await closed).toEqual({ reason: 'deleted' });
    await gone;
    expect(server.store.getGathering(g.created.id)).toBeUndefined();
    expect(server.store.listGatheringMembers(g.created.id)).toEqual([]);
    expect(
      await request(server.url, 'POST', `${path}/token`, undefined, auth(g.people[0]!)),
    ).toMatchObject({ status: 401, body: { error: 'unauthorized' } });
    expect(
      await request(server.url, 'POST', `${path}/join`, {
        secret: new URL(g.created.inviteUrl).hash.slice(3),
        name: 'Again',
      }),
    ).toMatchObject({ status: 404, body: { error: 'not_found' } });
  });

  it('a restart restores the breakouts and ends them at their original deadline', async () => {
    const dir = mkdtempSync(joinPath(tmpdir(), 'intervision-gathering-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const databaseFile = joinPath(dir, 'db.sqlite');
    const first = await start({ databaseFile });
    const g = await gathering(first.server, 2);
    await g.hostClient.send('breakouts:open', { size: 2, assign: 'random', minutes: 1 });
    const open = await g.hostClient.waitFor((v) => v.stage === 'breakouts');
    expect(open.rooms[0]?.deadline).toBe(T0 + 60_000);
    advance(first.clock, 20_000);
    g.hostClient.close();
    g.helperClient.close();
    g.clients.forEach((c) => c.close());
    await first.server.app.close();
    first.server.store.close();

    // Down for 20 s; the new process restores the snapshot and re-arms the deadline.
    const second = await start({ databaseFile, at: T0 + 40_000 });
    const host = await GatheringClient.connect(second.server.url, g.host.credential);
    cleanup.push(() => host.close());
    const restored = await host.waitFor((v) => v.stage === 'breakouts');
    expect(restored.rooms.map((r) => r.members)).toEqual(open.rooms.map((r) => r.members));
    expect(restored.rooms[0]?.phase?.endsAt).toBe(T0 + 60_000);
    advance(second.clock, 19_000);
    expect(host.latest?.stage).toBe('breakouts');
    advance(second.clock, 1000);
    const recalling = await host.waitFor((v) => v.stage === 'recalling');
    expect(recalling.recallAt).toBe(T0 + 90_000);
  });
});
