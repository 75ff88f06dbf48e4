import Database from 'better-sqlite3';
import { join as joinPath } from 'node:path';
import type {
  CreateGroupResponse,
  EnterGroupResponse,
  JoinSessionResponse,
  SessionView,
} from '@intervision/shared';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createSession,
  eventually,
  join,
  LiveClient,
  request,
  secretOf,
  startCluster,
  startPostgres,
  type ServerProcess,
  type TestCluster,
} from '@intervision/testkit';

/** The view as one node answers it now; undefined while the session cannot answer (failing over). */
async function viewVia(client: LiveClient): Promise<SessionView | undefined> {
  const ack = await client.send('session:get');
  return ack.ok ? (ack.view as SessionView) : undefined;
}

/** The node that runs the session (the only one holding it in memory), and another one. */
async function ownerAndOther(cluster: TestCluster): Promise<[ServerProcess, ServerProcess]> {
  const counts = await cluster.liveCounts();
  expect(counts.filter((n) => n === 1)).toHaveLength(1);
  const owner = counts.indexOf(1);
  return [cluster.nodes[owner]!, cluster.nodes[1 - owner]!];
}

/** A running intervision session with chair, presenter and peer, in muted reflection. */
async function sessionInMutedReflection(cluster: TestCluster, mutedSeconds: number) {
  const [a, b] = cluster.nodes as [ServerProcess, ServerProcess];
  const created = await createSession(a.url, {
    title: 'Cluster',
    method: 'intervision',
    durations: { presentation: 1, 'muted-reflection': mutedSeconds },
  });
  const chair = await join(a.url, created.id, created.chairUrl, 'Chair');
  const presenter = await join(b.url, created.id, created.inviteUrl, 'Presenter');
  const peer = await join(b.url, created.id, created.inviteUrl, 'Peer');
  const chairOnA = await LiveClient.connect(a.url, chair.credential);
  await chairOnA.send('presenter:set', { identity: presenter.identity });
  await chairOnA.send('session:start');
  const muted = await chairOnA.waitFor((v) => v.phase?.id === 'muted-reflection');
  return { created, chair, presenter, peer, chairOnA, deadline: muted.phase!.endsAt };
}

function storedSnapshot(cluster: TestCluster, sessionId: string): { context: { endsAt: number } } {
  const db = new Database(joinPath(cluster.dataDir, 'intervision.sqlite'), { readonly: true });
  try {
    const row = db.prepare('SELECT snapshot_json FROM sessions WHERE id = ?').get(sessionId) as {
      snapshot_json: string;
    };
    return JSON.parse(row.snapshot_json) as { context: { endsAt: number } };
  } finally {
    db.close();
  }
}

describe('two nodes on one Redis and one store', () => {
  const cleanup: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  /** Two nodes on one SQLite file, or (`postgresql`) on one real PostgreSQL server. */
  async function cluster(store: 'sqlite' | 'postgresql' = 'sqlite'): Promise<TestCluster> {
    let env = {};
    if (store === 'postgresql') {
      const pg = await startPostgres();
      cleanup.push(() => pg.stop());
      env = { DATABASE_URL: pg.url };
    }
    const c = await startCluster(2, 1_500, env);
    cleanup.push(() => c.close());
    return c;
  }

  it('clients on either node see one session, and commands from either node apply', async () => {
    const c = await cluster();
    const [a, b] = c.nodes as [ServerProcess, ServerProcess];
    const created = await createSession(a.url, { title: 'Two nodes', method: 'intervision' });
    const chair = await join(a.url, created.id, created.chairUrl, 'Chair');
    const peer = await join(b.url, created.id, created.inviteUrl, 'Peer');
    const chairOnA = await LiveClient.connect(a.url, chair.credential);
    const chairOnB = await LiveClient.connect(b.url, chair.credential);
    const peerOnB = await LiveClient.connect(b.url, peer.credential);
    cleanup.push(() => [chairOnA, chairOnB, peerOnB].forEach((x) => x.close()));

    expect(await chairOnA.send('presenter:set', { identity: peer.identity })).toEqual({ ok: true });
    expect(await chairOnB.send('session:start')).toEqual({ ok: true });
    for (const client of [chairOnA, peerOnB]) {
      const view = await client.waitFor((v) => v.phase?.id === 'presentation');
      expect(view.presenter).toBe(peer.identity);
    }
    expect(await chairOnB.send('phase:next')).toEqual({ ok: true });
    const seen = await Promise.all(
      [chairOnA, chairOnB, peerOnB].map((x) =>
        x.waitFor((v) => v.phase?.id === 'muted-reflection'),
      ),
    );
    expect(new Set(seen.map((v) => v.phase!.endsAt)).size).toBe(1);
    const present = await peerOnB.waitFor((v) => v.participants.every((p) => p.connected));
    expect(present.participants.map((p) => p.name).sort()).toEqual(['Chair', 'Peer']);
    // A refusal travels back through the same ack.
    expect(await peerOnB.send('phase:next')).toMatchObject({ ok: false, error: 'forbidden' });
    // Exactly one node runs it.
    expect((await c.liveCounts()).sort()).toEqual([0, 1]);
  });

  it('a group meeting is joined through either node, as one session', async () => {
    const c = await cluster();
    const [a, b] = c.nodes as [ServerProcess, ServerProcess];
    const call = <T>(base: string, method: string, path: string, bearer?: string, body?: unknown) =>
      request<T>(base, method, path, body, bearer ? { authorization: `Bearer ${bearer}` } : {});
    const group = await call<CreateGroupResponse>(a.url, 'POST', '/api/groups', undefined, {
      title: 'Clustered group',
      method: 'intervision',
    });
    const gid = group.body.id;
    const enter = async (url: string, name?: string) =>
      (
        await call<EnterGroupResponse>(a.url, 'POST', `/api/groups/${gid}/enter`, undefined, {
          secret: secretOf(url),
          ...(name ? { name } : {}),
        })
      ).body;
    const facilitator = await enter(group.body.facilitatorUrl);
    const dora = await enter(group.body.enrolUrl, 'Dora');
    const open = await call<{ meetingId: string }>(
      a.url,
      'POST',
      `/api/groups/${gid}/meetings`,
      facilitator.credential,
      {},
    );
    const path = `/api/groups/${gid}/meetings/${open.body.meetingId}/join`;
    const chairJoin = await call<JoinSessionResponse>(a.url, 'POST', path, facilitator.credential);
    const doraJoin = await call<JoinSessionResponse>(b.url, 'POST', path, dora.credential);
    expect([chairJoin.status, doraJoin.status]).toEqual([200, 200]);
    expect(doraJoin.body.sessionId).toBe(chairJoin.body.sessionId);
    const chair = await LiveClient.connect(b.url, chairJoin.body.credential);
    const doraClient = await LiveClient.connect(a.url, doraJoin.body.credential);
    cleanup.push(() => [chair, doraClient].forEach((x) => x.close()));
    const seen = await chair.waitFor((v) =>
      v.participants.some((p) => p.identity === dora.memberId && p.connected),
    );
    expect(seen.participants).toHaveLength(2);
    expect((await c.liveCounts()).sort()).toEqual([0, 1]);
  });

  it('a member whose node died is no longer shown present by the owner', async () => {
    const c = await cluster();
    const [a] = c.nodes as [ServerProcess, ServerProcess];
    const created = await createSession(a.url, { title: 'Presence', method: 'intervision' });
    const chair = await join(a.url, created.id, created.chairUrl, 'Chair');
    const peer = await join(a.url, created.id, created.inviteUrl, 'Peer');
    const [owner, other] = await ownerAndOther(c);
    const chairOnOwner = await LiveClient.connect(owner.url, chair.credential);
    const peerOnOther = await LiveClient.connect(other.url, peer.credential);
    cleanup.push(() => [chairOnOwner, peerOnOther].forEach((x) => x.close()));
    const connected = (v: SessionView) =>
      v.participants.find((p) => p.identity === peer.identity)?.connected;
    await chairOnOwner.waitFor((v) => connected(v) === true);

    await other.kill();
    // No disconnect reaches the owner from a killed node; its periodic recount notices.
    const after = await chairOnOwner.waitFor((v) => connected(v) === false, 20_000);
    expect(after.participants.find((p) => p.identity === chair.identity)?.connected).toBe(true);
  });

  it.each(['sqlite', 'postgresql'] as const)(
    'a SIGKILLed owner mid-phase (store on %s): the other node resumes the same phase and ends it at the original deadline',
    async (store) => {
      const c = await cluster(store);
      const s = await sessionInMutedReflection(c, 12);
      const [owner, survivor] = await ownerAndOther(c);
      const watcher = await LiveClient.connect(survivor.url, s.peer.credential);
      cleanup.push(() => [s.chairOnA, watcher].forEach((x) => x.close()));

      const killedAt = Date.now();
      await owner.kill();
      const resumed = await eventually(() => viewVia(watcher), 15_000, 'takeover');
      const takeoverMs = Date.now() - killedAt;
      expect(takeoverMs).toBeLessThan(10_000);
      expect(resumed.phase).toMatchObject({ id: 'muted-reflection', endsAt: s.deadline });
      expect(resumed.presenter).toBe(s.presenter.identity);

      const next = await watcher.waitFor((v) => v.phase?.id === 'presenter-response', 20_000);
      const errorMs = next.phase!.startedAt - s.deadline;
      expect(errorMs).toBeGreaterThanOrEqual(0);
      expect(errorMs).toBeLessThan(1_000);
      // Entered once: nobody saw muted reflection again after it ended.
      const ids = watcher.views.map((v) => v.phase?.id);
      expect(ids.lastIndexOf('muted-reflection')).toBeLessThan(ids.indexOf('presenter-response'));
      expect(ids.filter((id) => id === 'presenter-response').length).toBeGreaterThan(0);
      expect(new Set(watcher.views.map((v) => v.phase?.startedAt)).size).toBeLessThanOrEqual(2);
    },
  );

  it('a stalled owner (SIGSTOP past its lease) cannot write once it resumes; the state stays the new owner’s', async () => {
    const c = await cluster();
    const s = await sessionInMutedReflection(c, 3);
    const [stalled, survivor] = await ownerAndOther(c);
    const chairOnSurvivor = await LiveClient.connect(survivor.url, s.chair.credential);
    cleanup.push(() => [s.chairOnA, chairOnSurvivor].forEach((x) => x.close()));

    stalled.child.kill('SIGSTOP');
    await eventually(() => viewVia(chairOnSurvivor), 15_000, 'takeover');
    const extended = await eventually(
      async () =>
        (await chairOnSurvivor.send('phase:extend', { seconds: 600 })).ok ? true : undefined,
      5_000,
      'extend on the new owner',
    );
    expect(extended).toBe(true);
    const newState = await chairOnSurvivor.waitFor(
      (v) => (v.phase?.endsAt ?? 0) > s.deadline + 500_000,
    );
    // The stalled owner's deadline has passed by now: its timer fires at once when it resumes.
    expect(Date.now()).toBeGreaterThan(s.deadline);

    stalled.child.kill('SIGCONT');
    await eventually(
      async () => (/snapshot refused|session lease lost/.test(stalled.output()) ? true : undefined),
      10_000,
      'the stalled owner noticing it lost the session',
    );
    await eventually(
      async () => ((await c.liveCounts()).sort().join() === '0,1' ? true : undefined),
      10_000,
      'one owner again',
    );
    // What the store holds, and what any node answers, is the new owner's state.
    expect(storedSnapshot(c, s.created.id).context.endsAt).toBe(newState.phase!.endsAt);
    const fresh = await LiveClient.connect(stalled.url, s.peer.credential);
    cleanup.push(() => fresh.close());
    const view = await fresh.waitFor((v) => v.phase !== null);
    expect(view.phase).toMatchObject({ id: newState.phase!.id, endsAt: newState.phase!.endsAt });
    expect(chairOnSurvivor.views.some((v) => v.phase?.id === 'presenter-response')).toBe(
      newState.phase!.id === 'presenter-response',
    );
  });

  it('after a Redis restart both nodes recover: commands work and broadcasts reach the other node', async () => {
    const c = await cluster();
    const [, b] = c.nodes as [ServerProcess, ServerProcess];
    const s = await sessionInMutedReflection(c, 120);
    const peerOnB = await LiveClient.connect(b.url, s.peer.credential);
    cleanup.push(() => [s.chairOnA, peerOnB].forEach((x) => x.close()));

    await c.redis.restart();
    await eventually(
      async () => ((await s.chairOnA.send('phase:extend', { seconds: 30 })).ok ? true : undefined),
      20_000,
      'a command after the restart',
    );
    const after = await peerOnB.waitFor((v) => v.phase?.endsAt === s.deadline + 30_000, 15_000);
    expect(after.phase?.id).toBe('muted-reflection');
    const fromB = await eventually(() => viewVia(peerOnB), 10_000, 'a view through node B');
    expect(fromB.phase?.endsAt).toBe(s.deadline + 30_000);
  });
});
