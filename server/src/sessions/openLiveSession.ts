import type { MethodDefinition } from '@intervision/shared';
import type { Logger } from 'pino';
import { createActor, type ActorOptions } from 'xstate';
import type { SessionEmitted, SessionMachine } from '../protocol/sessionMachine.js';
import type { SessionStore, StoredSession } from '../store/sessionStore.js';
import { LiveSession } from './liveSession.js';
import { SnapshotWriter } from './snapshotWriter.js';

/** XState's timer clock; the real one unless a test injects a simulated clock. */
export type ActorClock = NonNullable<ActorOptions<SessionMachine>['clock']>;

export interface OpenLiveSessionDeps {
  store: SessionStore;
  machine: SessionMachine;
  logger: Logger;
  clock?: ActorClock;
  /** The fencing epoch this node writes snapshots with; 0 (a single node) unless given. */
  epoch?: number;
  /** Waits between write attempts while the store fails; real timers unless a test injects one. */
  wait?: (ms: number) => Promise<void>;
}

export interface LiveSessionHooks {
  /** A transition was stored; now tell people and the media server. */
  changed(session: LiveSession): Promise<void> | void;
  warning(session: LiveSession, warning: SessionEmitted): void;
  /** The store refused a snapshot: a newer owner holds the session, so this node lets it go. */
  fenced?(session: LiveSession): void;
}

/**
 * Starts the protocol actor of a stored session (from its snapshot when it has one) and wires its
 * pipeline: each change of the persisted snapshot goes through the session's serial writer and
 * is stored before `changed` runs, so a crash after a broadcast never loses what was broadcast.
 * A running phase's deadline is re-armed at its original wall-clock time, since XState does not
 * persist pending timers.
 */
export async function openLiveSession(
  deps: OpenLiveSessionDeps,
  record: StoredSession,
  method: MethodDefinition,
  hooks: LiveSessionHooks,
): Promise<LiveSession> {
  const participants = await deps.store.listParticipants(record.id);
  const log = deps.logger.child({ sessionId: record.id });
  const writer: SnapshotWriter = new SnapshotWriter({
    save: (w) => deps.store.saveSnapshot(record.id, w.status, w.snapshot, deps.epoch ?? 0),
    stored: () => hooks.changed(session),
    fenced: () => {
      log.warn({ epoch: deps.epoch ?? 0 }, 'snapshot refused: a newer owner holds the session');
      hooks.fenced?.(session);
    },
    logger: log,
    ...(deps.wait ? { wait: deps.wait } : {}),
  });
  const actor = createActor(deps.machine, {
    input: {
      phases: record.phases.map((p) => ({ id: p.id, seconds: p.seconds })),
      autoAdvance: record.autoAdvance,
      requiresPresenter: method.requiresPresenter,
    },
    ...(record.snapshot ? { snapshot: record.snapshot as never } : {}),
    ...(deps.clock ? { clock: deps.clock } : {}),
  });
  const session: LiveSession = new LiveSession(record, method, actor, participants, writer);
  let lastJson = record.snapshot ? JSON.stringify(record.snapshot) : '';
  actor.subscribe({
    next: () => {
      const persisted = actor.getPersistedSnapshot();
      const json = JSON.stringify(persisted);
      if (json === lastJson) return; // a timer that changed nothing
      lastJson = json;
      writer.push({ status: session.status, snapshot: persisted });
    },
    error: (err) => deps.logger.error({ sessionId: record.id, err }, 'session actor failed'),
  });
  actor.on('phase.warning', (e) => hooks.warning(session, e));
  actor.start();
  if (session.status === 'running') actor.send({ type: 'clock.rearm' });
  return session;
}
