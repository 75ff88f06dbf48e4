import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { AccessToken, RoomServiceClient } from 'livekit-server-sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureSpeakerListener, withTimeout } from '@intervision/testkit';
import { sharedLivekit } from '@intervision/testkit/vitest';

interface Sidecar {
  child: ChildProcessWithoutNullStreams;
  lines: string[];
  /** The next stdout line that satisfies `match`. */
  next(match: (line: Record<string, unknown>) => boolean, what: string): Promise<unknown>;
  exited: Promise<number | null>;
}

/** The real sidecar binary, as the app server starts it (stdin and stdout are its protocol). */
function startSidecar(): Sidecar {
  const child = spawn(ensureSpeakerListener(), [], { stdio: ['pipe', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const waiters: Array<() => void> = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line);
    for (const w of waiters.splice(0)) w();
  });
  child.stderr.resume();
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  const next = (match: (line: Record<string, unknown>) => boolean, what: string) =>
    withTimeout(
      new Promise<unknown>((resolve) => {
        const look = () => {
          const found = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find(match);
          if (found) resolve(found);
          else waiters.push(look);
        };
        look();
      }),
      20_000,
      what,
    );
  return { child, lines, next, exited };
}

describe('the speaker-listener sidecar', () => {
  let sidecar: Sidecar | undefined;
  afterEach(() => {
    if (sidecar && sidecar.child.exitCode === null) sidecar.child.kill('SIGKILL');
    sidecar = undefined;
  });

  it('exits when its parent closes stdin, and leaves the rooms it was in', async () => {
    const lk = sharedLivekit();
    const roomService = new RoomServiceClient(lk.livekitUrl, lk.apiKey, lk.apiSecret);
    const room = `sidecar-exit-${Date.now()}`;
    await roomService.createRoom({ name: room, emptyTimeout: 60 });
    const token = new AccessToken(lk.apiKey, lk.apiSecret, { identity: 'airtime:listener' });
    token.addGrant({ room, roomJoin: true, canSubscribe: true, canPublish: false, hidden: true });
    sidecar = startSidecar();
    await sidecar.next((e) => e.ev === 'ready', 'ready');
    sidecar.child.stdin.write(
      `${JSON.stringify({ op: 'join', key: 'k1', url: lk.livekitUrl, token: await token.toJwt(), targets: ['a'] })}\n`,
    );
    await sidecar.next((e) => e.ev === 'joined' && e.key === 'k1', 'joined');
    await expect
      .poll(async () => (await roomService.listParticipants(room)).map((p) => p.identity))
      .toEqual(['airtime:listener']);

    sidecar.child.stdin.end();
    expect(await withTimeout(sidecar.exited, 15_000, 'sidecar exit')).toBe(0);
    await expect
      .poll(async () => (await roomService.listParticipants(room)).length, { timeout: 15_000 })
      .toBe(0);
    await roomService.deleteRoom(room);
  });

  it('ignores a bad line, goes on answering, and reports a room it cannot join as left', async () => {
    sidecar = startSidecar();
    await sidecar.next((e) => e.ev === 'ready', 'ready');
    sidecar.child.stdin.write('this is no command\n{"op":"explode","key":"x"}\n');
    sidecar.child.stdin.write(
      `${JSON.stringify({ op: 'join', key: 'k2', url: 'ws://127.0.0.1:1', token: 'not-a-token', targets: [] })}\n`,
    );
    const left = await sidecar.next((e) => e.ev === 'left' && e.key === 'k2', 'left');
    expect(left).toMatchObject({ ev: 'left', key: 'k2', error: expect.stringContaining('join') });
    sidecar.child.stdin.end();
    expect(await withTimeout(sidecar.exited, 15_000, 'sidecar exit')).toBe(0);
    // Nothing but protocol lines on stdout: ready, then the left.
    expect(sidecar.lines.map((l) => (JSON.parse(l) as { ev: string }).ev)).toEqual([
      'ready',
      'left',
    ]);
  });
});
