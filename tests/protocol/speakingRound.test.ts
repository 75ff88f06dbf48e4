import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createSession,
  freePort,
  join,
  LiveClient,
  startInProcessServer,
  startServerProcess,
  type ServerProcess,
} from '@intervision/testkit';

type Cleanup = () => Promise<void> | void;

/** A running intervision with a chair, a presenter and two peers, all connected. */
async function runningSession(url: string, cleanup: Cleanup[]) {
  const created = await createSession(url, {
    title: 'Rounds',
    method: 'intervision',
    durations: { presentation: 30 },
  });
  const chair = await join(url, created.id, created.chairUrl, 'Chair');
  const people = [];
  for (const name of ['Presenter', 'Peer A', 'Peer B']) {
    people.push(await join(url, created.id, created.inviteUrl, name));
  }
  const [presenter, peerA, peerB] = people as [
    (typeof people)[0],
    (typeof people)[0],
    (typeof people)[0],
  ];
  const clients = await Promise.all(
    [chair, ...people].map((j) => LiveClient.connect(url, j.credential)),
  );
  cleanup.push(() => clients.forEach((c) => c.close()));
  const [chairClient, presenterClient, aClient, bClient] = clients as [
    LiveClient,
    LiveClient,
    LiveClient,
    LiveClient,
  ];
  await chairClient.waitFor((v) => v.participants.filter((p) => p.connected).length === 4);
  expect(await chairClient.send('presenter:set', { identity: presenter.identity })).toEqual({
    ok: true,
  });
  expect(await chairClient.send('session:start')).toEqual({ ok: true });
  await chairClient.waitFor((v) => v.phase?.id === 'presentation');
  return {
    created,
    ids: {
      chair: chair.identity,
      presenter: presenter.identity,
      a: peerA.identity,
      b: peerB.identity,
    },
    joins: { chair, presenter, peerA, peerB },
    clients: { chair: chairClient, presenter: presenterClient, a: aClient, b: bClient },
    all: clients,
  };
}

describe('speaking rounds over real sockets', () => {
  const cleanup: Cleanup[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  it('everyone sees whose turn it is; done, next, previous, extend and end move the round', async () => {
    const server = await startInProcessServer();
    cleanup.push(() => server.close());
    const s = await runningSession(server.url, cleanup);
    const { chair, a, b, presenter } = s.clients;

    // The presentation lets the presenter speak, so the list order includes them.
    expect(
      await chair.send('round:start', { mode: 'list', secondsPerTurn: 120, strict: false }),
    ).toEqual({ ok: true });
    const order = [s.ids.presenter, s.ids.a, s.ids.b];
    const views = await Promise.all(s.all.map((c) => c.waitFor((v) => v.round !== null)));
    for (const v of views) {
      expect(v.round).toMatchObject({
        order,
        speaker: s.ids.presenter,
        next: s.ids.a,
        strict: false,
      });
      expect(v.round!.turnEndsAt - v.serverNow).toBeGreaterThan(115_000);
      expect(v.round!.turnEndsAt - v.serverNow).toBeLessThanOrEqual(120_000);
    }

    expect(await a.send('round:done')).toMatchObject({ ok: false, error: 'not_your_turn' });
    expect(await presenter.send('round:done')).toEqual({ ok: true });
    await b.waitFor((v) => v.round?.speaker === s.ids.a);

    expect(await chair.send('round:next')).toEqual({ ok: true });
    const last = await a.waitFor((v) => v.round?.speaker === s.ids.b);
    expect(last.round!.next).toBeNull();

    expect(await chair.send('round:previous')).toEqual({ ok: true });
    const back = await a.waitFor((v) => v.round?.speaker === s.ids.a);
    expect(await chair.send('round:extend', { seconds: 60 })).toEqual({ ok: true });
    const extended = await a.waitFor(
      (v) => v.round!.turnEndsAt === back.round!.turnEndsAt + 60_000,
    );
    expect(extended.round!.speaker).toBe(s.ids.a);

    expect(await chair.send('round:end')).toEqual({ ok: true });
    await Promise.all(s.all.map((c) => c.waitFor((v) => v.round === null)));
    expect(await chair.send('round:next')).toMatchObject({ ok: false, error: 'no_round' });
  });

  it('takes the chair’s own order, and refuses bad rounds with clear codes changing nothing', async () => {
    const server = await startInProcessServer();
    cleanup.push(() => server.close());
    const s = await runningSession(server.url, cleanup);
    const { chair, a } = s.clients;
    const base = { secondsPerTurn: 60, strict: true };

    const refused = [
      [a, 'round:start', { ...base, mode: 'list' }, 'forbidden'],
      [chair, 'round:start', { ...base, order: [] }, 'bad_request'],
      [chair, 'round:start', { ...base, order: ['nobody'] }, 'not_found'],
      [chair, 'round:start', { ...base, order: [s.ids.a, s.ids.a] }, 'bad_request'],
      [chair, 'round:start', { ...base, mode: 'hands' }, 'bad_request'],
      [chair, 'round:start', { ...base, secondsPerTurn: 5, mode: 'list' }, 'bad_request'],
      [chair, 'round:start', { ...base, secondsPerTurn: 3600, mode: 'list' }, 'bad_request'],
      [chair, 'round:start', { ...base, order: [s.ids.a], mode: 'list' }, 'bad_request'],
      [chair, 'round:extend', { seconds: 60 }, 'no_round'],
      [chair, 'round:end', undefined, 'no_round'],
      [a, 'round:done', undefined, 'no_round'],
    ] as const;
    for (const [client, command, payload, error] of refused) {
      expect(
        await client.send(command, payload),
        `${command} ${JSON.stringify(payload)}`,
      ).toMatchObject({
        ok: false,
        error,
      });
    }
    const view = (await chair.send('session:get')) as { ok: true; view: { round: unknown } };
    expect(view.view.round).toBeNull();

    expect(await chair.send('round:start', { ...base, order: [s.ids.b, s.ids.chair] })).toEqual({
      ok: true,
    });
    const started = await a.waitFor((v) => v.round !== null);
    expect(started.round).toMatchObject({
      order: [s.ids.b, s.ids.chair],
      speaker: s.ids.b,
      strict: true,
    });
    expect(await chair.send('round:extend', { seconds: 601 })).toMatchObject({
      ok: false,
      error: 'bad_request',
    });
    expect(await chair.send('round:previous')).toMatchObject({
      ok: false,
      error: 'invalid_transition',
    });

    // A phase change ends the round.
    expect(await chair.send('phase:next')).toEqual({ ok: true });
    const next = await a.waitFor((v) => v.phase?.id === 'muted-reflection');
    expect(next.round).toBeNull();
  });

  it('survives a server restart with the same speaker and turn deadline', async () => {
    const dataDir = mkdtempSync(joinPath(tmpdir(), 'intervision-round-restart-'));
    cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const env = { DATA_DIR: dataDir, PORT: String(await freePort()) };
    let server: ServerProcess = await startServerProcess(env);
    cleanup.push(() => server.stop());
    const s = await runningSession(server.url, cleanup);

    await s.clients.chair.send('round:start', { mode: 'list', secondsPerTurn: 60, strict: true });
    await s.clients.chair.send('round:next');
    const before = (await s.clients.a.waitFor((v) => v.round?.speaker === s.ids.a)).round!;
    s.all.forEach((c) => c.close());

    await server.kill();
    server = await startServerProcess(env);
    const again = await LiveClient.connect(server.url, s.joins.peerB.credential);
    cleanup.push(() => again.close());
    const after = await again.waitFor((v) => v.round !== null);
    expect(after.round).toEqual(before);
  });
});
