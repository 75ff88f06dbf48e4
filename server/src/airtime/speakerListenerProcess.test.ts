import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ListenerHandlers } from './roomListener.js';
import { SpeakerListenerProcess } from './speakerListenerProcess.js';

/**
 * A stand-in for the Go sidecar, speaking its line protocol: it says ready (after a line of
 * nonsense), answers every join with joined and a speaking event for its first target, and
 * every leave with left. The real one is tested in tests/media against a real LiveKit.
 */
function fakeSidecar(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fake-listener-'));
  const bin = join(dir, 'speaker-listener');
  writeFileSync(
    bin,
    `#!${process.execPath}
const out = (o) => process.stdout.write(JSON.stringify(o) + '\\n');
process.stdout.write('this is not an event\\n');
out({ ev: 'ready' });
require('node:readline').createInterface({ input: process.stdin }).on('line', (line) => {
  const c = JSON.parse(line);
  if (c.op === 'join') {
    out({ ev: 'joined', key: c.key });
    out({ ev: 'speaking', key: c.key, identity: c.targets[0], speaking: true });
  }
  if (c.op === 'leave') out({ ev: 'left', key: c.key });
});
`,
  );
  chmodSync(bin, 0o755);
  return bin;
}

function recorder() {
  const seen: string[] = [];
  let resolveLeft: (error: string) => void = () => {};
  const left = new Promise<string>((resolve) => (resolveLeft = resolve));
  const handlers: ListenerHandlers = {
    joined: () => void seen.push('joined'),
    speaking: (identity, speaking) => void seen.push(`${identity}:${speaking}`),
    left: (error) => {
      seen.push('left');
      resolveLeft(error);
    },
  };
  return { seen, handlers, left };
}

/** Waits (5 s at most) until the process has said what `check` looks for. */
const until = (check: () => boolean) =>
  vi.waitFor(() => expect(check()).toBe(true), { timeout: 5_000 });

describe('SpeakerListenerProcess', () => {
  let sidecar: SpeakerListenerProcess | undefined;
  afterEach(async () => {
    await sidecar?.close();
    sidecar = undefined;
  });

  it('starts the process at the first listener, skips lines that are no events, and passes on what it hears', async () => {
    sidecar = new SpeakerListenerProcess({ bin: fakeSidecar(), logger: pino({ level: 'silent' }) });
    expect(sidecar.pid).toBeUndefined();
    const r = recorder();
    sidecar.open('s1', { url: 'ws://127.0.0.1:1', token: 't' }, ['anna'], r.handlers);
    expect(sidecar.pid).toBeGreaterThan(0);
    await until(() => r.seen.length >= 2);
    expect(r.seen).toEqual(['joined', 'anna:true']);
  });

  it('tells every listener it is gone when the process dies, and starts a new one for the next', async () => {
    sidecar = new SpeakerListenerProcess({
      bin: fakeSidecar(),
      logger: pino({ level: 'silent' }),
      restart: { firstDelayMs: 50, maxDelayMs: 50 },
    });
    const a = recorder();
    sidecar.open('s1', { url: 'ws://x', token: 't' }, ['anna'], a.handlers);
    await until(() => a.seen.includes('joined'));
    const first = sidecar.pid!;
    process.kill(first, 'SIGKILL');
    expect(await a.left).toMatch(/died/);
    const b = recorder();
    sidecar.open('s1', { url: 'ws://x', token: 't' }, ['ben'], b.handlers);
    await until(() => b.seen.includes('ben:true'));
    expect(sidecar.pid).not.toBe(first);
  });

  it('reports a binary that cannot start as a lost listener and never throws', async () => {
    sidecar = new SpeakerListenerProcess({
      bin: '/nowhere/speaker-listener',
      logger: pino({ level: 'silent' }),
    });
    const r = recorder();
    expect(() =>
      sidecar!.open('s1', { url: 'ws://x', token: 't' }, ['anna'], r.handlers),
    ).not.toThrow();
    expect(await r.left).toMatch(/died/);
  });

  it('calls nothing after a listener is closed', async () => {
    sidecar = new SpeakerListenerProcess({ bin: fakeSidecar(), logger: pino({ level: 'silent' }) });
    const r = recorder();
    const listener = sidecar.open('s1', { url: 'ws://x', token: 't' }, ['anna'], r.handlers);
    listener.close();
    const other = recorder();
    sidecar.open('s2', { url: 'ws://x', token: 't' }, ['ben'], other.handlers);
    await until(() => other.seen.includes('ben:true'));
    expect(r.seen).toEqual([]);
  });
});
