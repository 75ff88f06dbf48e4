import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createSession,
  join,
  startInProcessServer,
  type RunningServer,
  LiveClient,
} from '@intervision/testkit';

const PHASE_IDS = [
  'presentation',
  'muted-reflection',
  'presenter-response',
  'second-round',
  'closing',
];

describe('a whole intervision over real sockets', () => {
  let server: RunningServer;
  const clients: LiveClient[] = [];

  beforeEach(async () => {
    server = await startInProcessServer();
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.close();
    await server.close();
  });

  it('chair, presenter and three peers see every phase in order through auto-advance', async () => {
    const created = await createSession(server.url, {
      title: 'Tuesday group',
      method: 'intervision',
      durations: Object.fromEntries(PHASE_IDS.map((id) => [id, 1])),
    });
    const chair = await join(server.url, created.id, created.chairUrl, 'Chair');
    const members = await Promise.all(
      ['Presenter', 'Peer A', 'Peer B', 'Peer C'].map((n) =>
        join(server.url, created.id, created.inviteUrl, n),
      ),
    );
    expect(chair.role).toBe('chair');
    expect(members.map((m) => m.role)).toEqual(['peer', 'peer', 'peer', 'peer']);
    const presenterId = members[0]!.identity;

    for (const j of [chair, ...members]) {
      clients.push(await LiveClient.connect(server.url, j.credential));
    }
    const [chairClient, presenterClient] = clients as [LiveClient, LiveClient];
    await chairClient.waitFor((v) => v.participants.filter((p) => p.connected).length === 5);

    expect(await chairClient.send('presenter:set', { identity: presenterId })).toEqual({
      ok: true,
    });
    expect(
      await presenterClient.send('question:set', { text: 'How do I hold this boundary?' }),
    ).toEqual({
      ok: true,
    });
    expect(await chairClient.send('session:start')).toEqual({ ok: true });

    await Promise.all(clients.map((c) => c.waitFor((v) => v.status === 'ended', 15_000, 'end')));

    for (const c of clients) {
      const seen = c.views
        .map((v) => v.phase?.id)
        .filter((id, i, all): id is string => id !== undefined && id !== all[i - 1]);
      expect(seen).toEqual(PHASE_IDS);
      const running = c.views.filter((v) => v.phase);
      expect(running.every((v) => v.presenter === presenterId)).toBe(true);
      expect(running.every((v) => v.question === 'How do I hold this boundary?')).toBe(true);
      const roles = c.latest!.participants.map((p) => p.role).sort();
      expect(roles).toEqual(['chair', 'peer', 'peer', 'peer', 'presenter']);
    }
    // Each phase lasted its configured second, measured on the server's own timestamps.
    const phases = chairClient.views.filter((v) => v.phase).map((v) => v.phase!);
    for (const p of phases) expect(p.endsAt - p.startedAt).toBe(1000);
  });

  it('warns everyone 60 s before the deadline of a long phase', async () => {
    const created = await createSession(server.url, {
      title: 'Warning',
      method: 'reflective-practice-group',
      durations: { 'check-in': 61 },
    });
    const chair = await join(server.url, created.id, created.chairUrl, 'Chair');
    const peer = await join(server.url, created.id, created.inviteUrl, 'Peer');
    const chairClient = await LiveClient.connect(server.url, chair.credential);
    const peerClient = await LiveClient.connect(server.url, peer.credential);
    clients.push(chairClient, peerClient);
    const warning = peerClient.next<{ phaseId: string; endsAt: number }>('phase:warning');
    expect(await chairClient.send('session:start')).toEqual({ ok: true });
    const view = await peerClient.waitFor((v) => v.phase?.id === 'check-in');
    const w = await warning;
    expect(w).toMatchObject({ phaseId: 'check-in', endsAt: view.phase!.endsAt });
  });
});
