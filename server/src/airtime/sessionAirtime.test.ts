import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Airtime } from './airtimeMeter.js';
import type { ListenerHandlers } from './roomListener.js';
import { SessionAirtime, type SessionAirtimeDeps } from './sessionAirtime.js';

/** A fake room listener: the test says who speaks and when it is lost; the clock is the test's. */
function kit(opts: { failFirst?: number } = {}) {
  let t = 1_000;
  let handlers: ListenerHandlers | null = null;
  const opened: string[][] = [];
  const targetUpdates: string[][] = [];
  let closes = 0;
  const reports: Record<string, Airtime>[] = [];
  let failures = opts.failFirst ?? 0;
  const deps: SessionAirtimeDeps = {
    sessionId: 's1',
    now: () => t,
    logger: pino({ level: 'silent' }),
    details: async () => {
      if (failures > 0) {
        failures -= 1;
        throw new Error('media server not reachable');
      }
      return { url: 'ws://127.0.0.1:1', token: 'token' };
    },
    open: (_details, targets, h) => {
      opened.push([...targets]);
      handlers = h;
      return {
        setTargets: (next) => void targetUpdates.push([...next]),
        close: () => void (closes += 1),
      };
    },
    emit: (report) => reports.push(report),
    reportEveryMs: 60_000,
  };
  const airtime = new SessionAirtime(deps);
  return {
    airtime,
    opened,
    targetUpdates,
    closes: () => closes,
    reports,
    advance: (ms: number) => (t += ms),
    speak: (who: string, speaking: boolean) => handlers?.speaking(who, speaking),
    lose: (error: string) => handlers?.left(error),
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('SessionAirtime', () => {
  afterEach(() => vi.useRealTimers());

  it('opens one hidden listener for all members in the media room and follows who is there', async () => {
    const k = kit();
    k.airtime.sync(new Set(['a', 'b']), 0);
    await settle();
    expect(k.opened).toEqual([['a', 'b']]);
    k.airtime.sync(new Set(['a', 'b']), 0);
    k.airtime.sync(new Set(['b', 'c']), 0);
    expect(k.opened).toHaveLength(1);
    expect(k.targetUpdates).toEqual([['b', 'c']]);
    await k.airtime.close();
    expect(k.closes()).toBe(1);
  });

  it('opens no listener while nobody is in the media room', async () => {
    const k = kit();
    k.airtime.sync(new Set(), 0);
    await settle();
    expect(k.opened).toEqual([]);
    await k.airtime.close();
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

  it('ignores the listener speaking of anyone who is not a member in the room', async () => {
    const k = kit();
    k.airtime.sync(new Set(['a']), 0);
    await settle();
    k.speak('airtime:listener', true);
    k.speak('intruder', true);
    k.advance(5_000);
    expect(k.airtime.report()).toEqual({});
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
    expect(k.opened).toEqual([['a']]);
    await k.airtime.close();
  });

  it('stops counting when the listener is lost and counts again once a new one hears the voice', async () => {
    const k = kit();
    k.airtime.sync(new Set(['a']), 0);
    await settle();
    k.speak('a', true);
    k.advance(3_000);
    k.lose('the airtime listener process died');
    k.advance(2_000);
    expect(k.airtime.report()).toEqual({ a: { phaseMs: 3_000, sessionMs: 3_000 } });
    k.airtime.sync(new Set(['a']), 0);
    await settle();
    expect(k.opened).toEqual([['a'], ['a']]);
    k.speak('a', true);
    k.advance(1_000);
    k.speak('a', false);
    expect(k.airtime.report()).toEqual({ a: { phaseMs: 4_000, sessionMs: 4_000 } });
    await k.airtime.close();
  });

  it('opens a lost listener again once the retry delay has passed, without waiting for a sync', async () => {
    vi.useFakeTimers();
    const k = kit();
    k.airtime.sync(new Set(['a']), 0);
    await vi.advanceTimersByTimeAsync(0);
    k.lose('the airtime listener process died');
    k.advance(1_999);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(k.opened).toEqual([['a']]);
    k.advance(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(k.opened).toEqual([['a'], ['a']]);
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
    k.speak('a', true); // a late report about someone gone counts nothing
    k.advance(5_000);
    expect(k.airtime.report()).toEqual({ a: { phaseMs: 1_500, sessionMs: 1_500 } });
    await k.airtime.close();
  });
});
