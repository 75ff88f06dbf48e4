import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Airtime } from './airtimeMeter.js';
import { SessionAirtime, type SessionAirtimeDeps } from './sessionAirtime.js';
import type { SpeakerProbe } from './speakerProbe.js';

/** Fake listeners: the test says who speaks; the clock is the test's. */
function kit(opts: { failFirst?: number } = {}) {
  let t = 1_000;
  const speakers = new Map<string, (speaking: boolean) => void>();
  const opened: string[] = [];
  const closed: string[] = [];
  const reports: Record<string, Airtime>[] = [];
  let failures = opts.failFirst ?? 0;
  const deps: SessionAirtimeDeps = {
    sessionId: 's1',
    now: () => t,
    logger: pino({ level: 'silent' }),
    details: async (identity) => ({ url: 'ws://127.0.0.1:1', token: identity }),
    open: async (details, target, onSpeaking): Promise<SpeakerProbe> => {
      if (failures > 0) {
        failures -= 1;
        throw new Error('media room not reachable');
      }
      opened.push(details.token);
      speakers.set(target, onSpeaking);
      return { connected: true, close: async () => void closed.push(target) };
    },
    emit: (report) => reports.push(report),
    reportEveryMs: 60_000,
  };
  const airtime = new SessionAirtime(deps);
  return {
    airtime,
    opened,
    closed,
    reports,
    advance: (ms: number) => (t += ms),
    speak: (who: string, speaking: boolean) => speakers.get(who)?.(speaking),
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('SessionAirtime', () => {
  afterEach(() => vi.useRealTimers());

  it('opens one hidden listener per member in the media room and closes those who left', async () => {
    const k = kit();
    k.airtime.sync(new Set(['a', 'b']), 0);
    await settle();
    expect(k.opened).toEqual(['airtime:a', 'airtime:b']);
    k.airtime.sync(new Set(['b']), 0);
    expect(k.closed).toEqual(['a']);
    await k.airtime.close();
    expect(k.closed).toEqual(['a', 'b']);
  });

  it('sums overlapping voices on its clock and reports once when the last voice stops', async () => {
    const k = kit();
    k.airtime.sync(new Set(['a', 'b']), 0);
    await settle();
    k.speak('a', true);
    k.advance(6_000);
    k.speak('b', true);
    k.advance(4_000);
    k.speak('a', false);
    expect(k.reports).toEqual([]);
    k.advance(3_000);
    k.speak('b', false);
    expect(k.reports).toEqual([
      { a: { phaseMs: 10_000, sessionMs: 10_000 }, b: { phaseMs: 7_000, sessionMs: 7_000 } },
    ]);
    await k.airtime.close();
  });

  it('reports regularly while anyone speaks', async () => {
    vi.useFakeTimers();
    const k = kit();
    k.airtime.sync(new Set(['a']), 0);
    await vi.advanceTimersByTimeAsync(0);
    k.speak('a', true);
    k.advance(60_000);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(k.reports).toEqual([{ a: { phaseMs: 60_000, sessionMs: 60_000 } }]);
    await k.airtime.close();
  });

  it('starts the phase figures from zero when the phase changes and keeps the session’s', async () => {
    const k = kit();
    k.airtime.sync(new Set(['a']), 0);
    await settle();
    k.speak('a', true);
    k.advance(2_000);
    k.speak('a', false);
    k.airtime.sync(new Set(['a']), 1);
    expect(k.reports.at(-1)).toEqual({ a: { phaseMs: 0, sessionMs: 2_000 } });
    await k.airtime.close();
  });

  it('retries a listener that could not join, later rather than at once', async () => {
    const k = kit({ failFirst: 1 });
    k.airtime.sync(new Set(['a']), 0);
    await settle();
    expect(k.opened).toEqual([]);
    k.airtime.sync(new Set(['a']), 0);
    await settle();
    expect(k.opened).toEqual([]);
    k.advance(2_000);
    k.airtime.sync(new Set(['a']), 0);
    await settle();
    expect(k.opened).toEqual(['airtime:a']);
    await k.airtime.close();
  });

  it('stops counting a member who leaves the room while speaking', async () => {
    const k = kit();
    k.airtime.sync(new Set(['a']), 0);
    await settle();
    k.speak('a', true);
    k.advance(1_500);
    k.airtime.sync(new Set(), 0);
    k.advance(5_000);
    expect(k.airtime.report()).toEqual({ a: { phaseMs: 1_500, sessionMs: 1_500 } });
    await k.airtime.close();
  });
});
