import type { LiveKitDetails } from '@intervision/shared';
import { pino } from 'pino';
import { SimulatedClock } from 'xstate';
import type { DesiredMedia, MediaGateway, TokenRequest } from '../media/index.js';
import { openSqliteStore } from '../store/sqliteStore.js';
import type { SessionStore } from '../store/sessionStore.js';
import { SessionService } from './sessionService.js';

/** Epoch ms the simulated clock starts at. */
export const T0 = 1_800_000_000_000;

/** Everything that happened, in order: stored snapshots, listener calls, media calls. */
export type KitEvent =
  | { kind: 'stored'; status: string }
  | { kind: 'state'; sessionId: string }
  | { kind: 'warning'; phaseId: string }
  | { kind: 'closed'; sessionId: string; reason: string }
  | { kind: 'removed'; sessionId: string; identity: string }
  | { kind: 'enforce'; sessionId: string; desired: DesiredMedia[] }
  | { kind: 'token'; request: TokenRequest }
  | { kind: 'deleteRoom'; sessionId: string }
  | { kind: 'removeParticipant'; sessionId: string; identity: string };

/** A MediaGateway that records each call instead of talking to LiveKit. */
function recordingMedia(log: KitEvent[], up: { value: boolean }): MediaGateway {
  return {
    mode: 'livekit',
    issueToken: (request): Promise<LiveKitDetails> => {
      log.push({ kind: 'token', request });
      if (!up.value) return Promise.reject(new Error('media down'));
      return Promise.resolve({
        url: 'ws://127.0.0.1:7880',
        token: `token-for-${request.identity}`,
      });
    },
    enforce: (sessionId, desired) => {
      log.push({ kind: 'enforce', sessionId, desired });
      return Promise.resolve();
    },
    health: () => Promise.resolve(up.value ? 'up' : 'down'),
    deleteRoom: (sessionId) => {
      log.push({ kind: 'deleteRoom', sessionId });
      return Promise.resolve();
    },
    removeParticipant: (sessionId, identity) => {
      log.push({ kind: 'removeParticipant', sessionId, identity });
      return Promise.resolve();
    },
    close: () => undefined,
  };
}

/**
 * The session service's parts on a real in-memory SQLite store, XState's SimulatedClock with `now`
 * read from it, and a recording media gateway; every step is logged so tests assert the order.
 */
export function sessionKit() {
  const clock = new SimulatedClock();
  clock.set(T0);
  const now = () => clock.now();
  const log: KitEvent[] = [];
  const mediaUp = { value: true };
  const real = openSqliteStore(':memory:');
  const store: SessionStore = {
    ...real,
    saveSnapshot: async (id, status, snapshot, epoch) => {
      const stored = await real.saveSnapshot(id, status, snapshot, epoch);
      log.push({ kind: 'stored', status });
      return stored;
    },
  };
  const media = recordingMedia(log, mediaUp);
  const service = new SessionService({
    store,
    media,
    logger: pino({ level: 'silent' }),
    publicUrl: 'http://127.0.0.1:3000/',
    now,
    clock,
  });
  service.listen({
    state: (sessionId) => log.push({ kind: 'state', sessionId }),
    warning: (_id, w) => log.push({ kind: 'warning', phaseId: w.phaseId }),
    closed: (sessionId, reason) => log.push({ kind: 'closed', sessionId, reason }),
    removed: (sessionId, identity) => log.push({ kind: 'removed', sessionId, identity }),
  });
  const secretOf = (url: string) => url.split('#k=')[1] ?? '';

  /** An intervision session (30 s phases) with a chair, and two peers. */
  const groupOf = async () => {
    const durations = { presentation: 30, 'muted-reflection': 30, 'presenter-response': 30 };
    const created = await service.create({ title: 'Case', method: 'intervision', durations });
    const chair = await service.join(created.id, secretOf(created.chairUrl), 'Chair');
    const anna = await service.join(created.id, secretOf(created.inviteUrl), 'Anna');
    const ben = await service.join(created.id, secretOf(created.inviteUrl), 'Ben');
    const caller = (j: { identity: string }) => ({ sessionId: created.id, identity: j.identity });
    return { created, chair: caller(chair), anna: caller(anna), ben: caller(ben) };
  };

  return {
    clock,
    now,
    log,
    mediaUp,
    store,
    media,
    service,
    secretOf,
    groupOf,
    /** Resolves once every transition made so far (a timer's too) is stored and told. */
    settled: async () => {
      await Promise.all(service.registry.all().map((s) => s.settled()));
    },
    close: async () => {
      await service.close();
      await real.close();
    },
  };
}
