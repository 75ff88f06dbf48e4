import { readdirSync, readFileSync } from 'node:fs';
import type { AirtimeReport, JoinSessionResponse } from '@intervision/shared';
import type { Room } from '@livekit/rtc-node';
import { TrackSource } from 'livekit-server-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createSession,
  join,
  LiveClient,
  startServerWithLivekit,
  waitForEvent,
  type Listenable,
  type ServerWithLivekit,
} from '@intervision/testkit';
import { connectPeer, publishTone, type Tone } from '@intervision/testkit/rtc';

/** The pids of this process's speaker-listener children (the in-process app server's sidecar). */
function sidecarPids(): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    // "pid (comm) state ppid …": comm is cut to 15 characters and may hold spaces.
    const close = stat.lastIndexOf(')');
    const comm = stat.slice(stat.indexOf('(') + 1, close);
    const [state, ppid] = stat.slice(close + 2).split(' ');
    if (comm === 'speaker-listene' && state !== 'Z' && Number(ppid) === process.pid)
      pids.push(Number(entry));
  }
  return pids;
}

/**
 * The airtime sidecar is one process for the whole app server: when it dies, the server starts it
 * again and every running session's listener joins again, so a voice goes on being counted.
 */
describe('the airtime listener process', () => {
  let env: ServerWithLivekit;
  let member: JoinSessionResponse;
  let chairLive: LiveClient;
  let room: Room;
  let tone: Tone | undefined;
  let sessionId: string;

  beforeAll(async () => {
    env = await startServerWithLivekit();
    const url = env.server.url;
    const created = await createSession(url, { title: 'Restart', method: 'intervision' });
    sessionId = created.id;
    const chair = await join(url, created.id, created.chairUrl, 'Chair');
    const presenter = await join(url, created.id, created.inviteUrl, 'Presenter');
    member = await join(url, created.id, created.inviteUrl, 'A');
    chairLive = await LiveClient.connect(url, chair.credential);
    expect(await chairLive.send('presenter:set', { identity: presenter.identity })).toEqual({
      ok: true,
    });
    expect(await chairLive.send('session:start')).toEqual({ ok: true });
    room = await connectPeer(member.livekit!.url, member.livekit!.token);
  });

  afterAll(async () => {
    await tone?.stop();
    await room?.disconnect();
    chairLive?.close();
    await env?.close();
  });

  it('is started again after it is killed, and the airtime goes on counting', async () => {
    const events = chairLive.socket as unknown as Listenable;
    // Generous: on a loaded CI machine the re-join waits for the process's restart delay, the
    // session listener's retry delay (2 s) and LiveKit; the new listener hears a voice that is
    // already speaking only at its next change of loudness, and a stuttering tone counts slower.
    const heardFor = (ms: number, what: string) =>
      waitForEvent<[AirtimeReport]>(
        events,
        'airtime',
        (r) => (r[member.identity]?.sessionMs ?? 0) >= ms,
        60_000,
        what,
      );
    // Publishing is granted once LiveKit reports the join.
    await expect
      .poll(
        async () =>
          (await env.roomService.getParticipant(sessionId, member.identity)).permission
            ?.canPublishSources ?? [],
        { timeout: 15_000 },
      )
      .toContain(TrackSource.MICROPHONE);
    tone = await publishTone(room, 'a-mic', { speechLike: true });
    const [before] = await heardFor(2_000, 'the member heard for 2 s');
    const [pid] = sidecarPids();
    expect(pid).toBeDefined();
    process.kill(pid!, 'SIGKILL');
    await expect
      .poll(() => sidecarPids().filter((p) => p !== pid), { timeout: 30_000 })
      .toHaveLength(1);
    // Counted again by the new process: well beyond the figure when the old one was killed.
    const atKill = before[member.identity]!.sessionMs;
    const [after] = await heardFor(atKill + 3_000, 'the member heard again after the restart');
    expect(after[member.identity]!.sessionMs).toBeGreaterThanOrEqual(atKill + 3_000);
  }, 180_000);
});
