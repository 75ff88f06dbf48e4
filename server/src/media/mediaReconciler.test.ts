import { FULL_RIGHTS, type SessionStatus } from '@intervision/shared';
import { pino } from 'pino';
import { describe, expect, test } from 'vitest';
import type { LiveMedia, MediaGateway } from './mediaGateway.js';
import { needsReconciling, startMediaReconciler } from './mediaReconciler.js';

const logger = pino({ level: 'silent' });

function session(sessionId: string, status: SessionStatus, inRoom: boolean): LiveMedia {
  return {
    sessionId,
    status,
    desired: [
      { identity: 'chair', role: 'chair', rights: FULL_RIGHTS, inRoom: false },
      { identity: 'peer', role: 'peer', rights: FULL_RIGHTS, inRoom },
    ],
  };
}

/** A gateway that is up and counts the enforcements (each one costs LiveKit calls), holding each open. */
function countingGateway() {
  const calls: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const held: Array<() => void> = [];
  const waiters: Array<{ n: number; resolve: () => void }> = [];
  const gateway: MediaGateway = {
    mode: 'livekit',
    issueToken: () => Promise.reject(new Error('not used')),
    enforce: (sessionId) => {
      calls.push(sessionId);
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      for (const w of waiters.filter((w) => calls.length >= w.n)) w.resolve();
      return new Promise<void>((resolve) => held.push(() => (inFlight--, resolve())));
    },
    health: () => Promise.resolve('up'),
    deleteRoom: () => Promise.resolve(),
    removeParticipant: () => Promise.resolve(),
    close: () => {},
  };
  return {
    gateway,
    calls,
    get maxInFlight() {
      return maxInFlight;
    },
    releaseAll: () => held.splice(0).forEach((release) => release()),
    /** Resolves once `n` enforcements have started, or rejects after a while. */
    started(n: number): Promise<void> {
      if (calls.length >= n) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`fewer than ${n} calls`)), 5_000);
        waiters.push({ n, resolve: () => (clearTimeout(timer), resolve()) });
      });
    },
  };
}

describe('media reconciler', () => {
  test.each([
    ['a lobby session is left alone, even with people in the room', 'lobby', true, false],
    ['an ended session is left alone', 'ended', true, false],
    ['a running session with nobody in the media room is left alone', 'running', false, false],
    ['a running session with someone in the media room is reconciled', 'running', true, true],
    ['a paused session with someone in the media room is reconciled', 'paused', true, true],
  ] as const)('%s', (_name, status, inRoom, expected) => {
    expect(needsReconciling(session('s', status, inRoom))).toBe(expected);
  });

  test('asks LiveKit only about live rooms with people in them, a few sessions at a time', async () => {
    const live = Array.from({ length: 6 }, (_, i) =>
      session(`live-${i}`, i % 2 ? 'paused' : 'running', true),
    );
    const idle = [
      ...Array.from({ length: 1_800 }, (_, i) => session(`lobby-${i}`, 'lobby', i % 3 === 0)),
      ...Array.from({ length: 20 }, (_, i) => session(`ended-${i}`, 'ended', true)),
      ...Array.from({ length: 20 }, (_, i) => session(`empty-${i}`, 'running', false)),
    ];
    const counting = countingGateway();
    const reconciler = startMediaReconciler({
      gateway: counting.gateway,
      listLive: () => [...idle.slice(0, 900), ...live, ...idle.slice(900)],
      intervalMs: 3_600_000,
      concurrency: 4,
      logger,
    });
    try {
      // The first pass runs at start: LiveKit counts as just come back.
      await counting.started(4);
      expect(counting.calls).toHaveLength(4);
      counting.releaseAll();
      await counting.started(6);
      counting.releaseAll();
      expect([...counting.calls].sort()).toEqual(live.map((s) => s.sessionId).sort());
      expect(counting.maxInFlight).toBe(4);
    } finally {
      reconciler.stop();
    }
  });
});
