import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { sessionKit } from '../sessions/sessionTestKit.js';
import { ServiceError } from '../sessions/serviceError.js';
import { startAirtime, type AirtimeSource } from './airtimeService.js';

const settle = () => new Promise((resolve) => setImmediate(resolve));

/** The real registry and machine; only the hidden listener is a fake that records who it hears. */
function withAirtime(k: ReturnType<typeof sessionKit>) {
  // Who the session's one listener follows now (absent: no listener open).
  const open = new Map<string, Set<string>>();
  const speak = new Map<string, (identity: string, speaking: boolean) => void>();
  const reports: Array<{ sessionId: string; report: object }> = [];
  const media = {
    ...k.media,
    listenerDetails: async (_sessionId: string, identity: string) => ({
      url: 'ws://127.0.0.1:1',
      token: identity,
    }),
  };
  const airtime = startAirtime({
    registry: k.service.registry,
    media,
    logger: pino({ level: 'silent' }),
    now: k.now,
    emit: (sessionId, report) => reports.push({ sessionId, report }),
    open: (sessionId) => (_details, targets, handlers) => {
      open.set(sessionId, new Set(targets));
      speak.set(sessionId, handlers.speaking);
      return {
        setTargets: (next) => void open.set(sessionId, new Set(next)),
        close: () => void open.delete(sessionId),
      };
    },
  });
  return { airtime, open, speak, reports };
}

describe('startAirtime', () => {
  let airtime: AirtimeSource | undefined;
  afterEach(async () => {
    await airtime?.close();
    airtime = undefined;
  });

  it('listens to the members in the media room with one listener, only while the session runs', async () => {
    const k = sessionKit();
    const g = await k.groupOf();
    const a = withAirtime(k);
    airtime = a.airtime;
    k.service.setInMedia(g.created.id, g.anna.identity, true);
    await settle();
    expect([...a.open.keys()]).toEqual([]); // the lobby has no airtime
    await k.service.commands.machine(g.chair, { type: 'presenter.set', identity: g.anna.identity });
    await k.service.commands.machine(g.chair, { type: 'session.start' });
    await settle();
    expect([...(a.open.get(g.created.id) ?? [])]).toEqual([g.anna.identity]);
    k.service.setInMedia(g.created.id, g.ben.identity, true);
    // Someone LiveKit reports who is no member (a listener, a removed person) is never listened to.
    k.service.setInMedia(g.created.id, 'airtime:someone', true);
    await settle();
    expect([...(a.open.get(g.created.id) ?? [])].sort()).toEqual(
      [g.anna.identity, g.ben.identity].sort(),
    );

    a.speak.get(g.created.id)?.(g.ben.identity, true);
    k.clock.increment(3_000);
    a.speak.get(g.created.id)?.(g.ben.identity, false);
    expect(a.airtime.reportOf(g.created.id)).toEqual({
      [g.ben.identity]: { phaseMs: 3_000, sessionMs: 3_000 },
    });
    expect(a.reports.at(-1)?.sessionId).toBe(g.created.id);

    await k.service.commands.machine(g.chair, { type: 'session.end' });
    await settle();
    expect([...a.open.keys()]).toEqual([]);
    expect(a.airtime.reportOf(g.created.id)).toBeUndefined(); // kept only while it runs
    await k.close();
  });

  it('starts nothing without a media server, and the mirror says so', async () => {
    const k = sessionKit();
    const g = await k.groupOf();
    await k.service.commands.machine(g.chair, { type: 'presenter.set', identity: g.anna.identity });
    await k.service.commands.machine(g.chair, { type: 'session.start' });
    // The kit's gateway has no hidden listeners: the service's own airtime is off.
    expect(k.service.airtime.enabled).toBe(false);
    await expect(k.service.handlers['airtime:mirror'](g.chair, { show: true })).rejects.toThrow(
      new ServiceError('media_unavailable', 'This server measures no airtime.'),
    );
    await k.close();
  });

  it('starts nothing when the speaker listener is off (no Go to build it), with a media server', async () => {
    const k = sessionKit();
    const airtime = startAirtime({
      registry: k.service.registry,
      media: {
        ...k.media,
        listenerDetails: async () => ({ url: 'ws://127.0.0.1:1', token: 't' }),
      },
      logger: pino({ level: 'silent' }),
      now: k.now,
      emit: () => {},
      listenerBin: null,
    });
    expect(airtime.enabled).toBe(false);
    expect(airtime.reportOf('any')).toBeUndefined();
    await k.close();
  });

  it('refuses the mirror outside a running session and changes nothing', async () => {
    const k = sessionKit();
    const g = await k.groupOf();
    await expect(k.service.handlers['airtime:mirror'](g.chair, { show: true })).rejects.toEqual(
      expect.objectContaining({ code: 'invalid_transition' }),
    );
    await k.close();
  });
});
