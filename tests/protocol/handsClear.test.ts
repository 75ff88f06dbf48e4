import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createSession,
  join,
  LiveClient,
  startInProcessServer,
  type RunningServer,
} from '@intervision/testkit';

describe('raised hands and phase changes', () => {
  let server: RunningServer;
  const clients: LiveClient[] = [];

  beforeEach(async () => {
    server = await startInProcessServer();
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.close();
    await server.close();
  });

  it('hands raised in one phase come down when the chair moves to the next, and at the end', async () => {
    const created = await createSession(server.url, {
      title: 'Hands',
      method: 'intervision',
      autoAdvance: false,
    });
    const chair = await join(server.url, created.id, created.chairUrl, 'Chair');
    const presenter = await join(server.url, created.id, created.inviteUrl, 'Presenter');
    const peer = await join(server.url, created.id, created.inviteUrl, 'Peer');
    for (const j of [chair, presenter, peer])
      clients.push(await LiveClient.connect(server.url, j.credential));
    const [chairClient, , peerClient] = clients as [LiveClient, LiveClient, LiveClient];

    expect(await chairClient.send('presenter:set', { identity: presenter.identity })).toEqual({
      ok: true,
    });
    // Raised in the lobby: still up once the session starts is a phase change too.
    expect(await peerClient.send('hand:raise')).toEqual({ ok: true });
    await chairClient.waitFor((v) => v.hands.includes(peer.identity));
    expect(await chairClient.send('session:start')).toEqual({ ok: true });
    await chairClient.waitFor((v) => v.phase?.index === 0 && v.hands.length === 0);

    expect(await peerClient.send('hand:raise')).toEqual({ ok: true });
    await chairClient.waitFor((v) => v.phase?.index === 0 && v.hands.includes(peer.identity));
    // Pausing is not a new phase: the hand stays.
    expect(await chairClient.send('phase:pause')).toEqual({ ok: true });
    const paused = await chairClient.waitFor((v) => v.status === 'paused');
    expect(paused.hands).toEqual([peer.identity]);
    expect(await chairClient.send('phase:resume')).toEqual({ ok: true });

    expect(await chairClient.send('phase:next')).toEqual({ ok: true });
    const next = await peerClient.waitFor((v) => v.phase?.index === 1);
    expect(next.hands).toEqual([]);
    expect(next.participants.every((p) => p.handRaisedAt === null)).toBe(true);

    expect(await peerClient.send('hand:raise')).toEqual({ ok: true });
    await chairClient.waitFor((v) => v.hands.includes(peer.identity));
    expect(await chairClient.send('session:end')).toEqual({ ok: true });
    const ended = await chairClient.waitFor((v) => v.status === 'ended');
    expect(ended.hands).toEqual([]);
  });
});
