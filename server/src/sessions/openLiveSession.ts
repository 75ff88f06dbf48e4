import type { MethodDefinition } from '@intervision/shared';
import type { Logger } from 'pino';
import { createActor, type ActorOptions } from 'xstate';
import type { SessionEmitted, SessionMachine } from '../protocol/sessionMachine.js';
import type { SessionStore, StoredSession } from '../store/sessionStore.js';
import { LiveSession } from './liveSession.js';

/** XState's timer clock; the real one unless a test injects a simulated clock. */
export type ActorClock = NonNullable<ActorOptions<SessionMachine>['clock']>;

export interface OpenLiveSessionDeps {
  store: SessionStore;
  machine: SessionMachine;
  logger: Logger;
  clock?: ActorClock;
  /**
   * Writes the snapshot instead of `store.saveSnapshot` (a cluster's fenced write); false means a
   * newer owner has written since, so this actor must stop without telling anyone.
   */
  save?: (status: LiveSession['status'], snapshot: unknown) => boolean;
}

export interface LiveSessionHooks {
  /** A transition was stored; now tell people and the media server. */
  changed(session: LiveSession): void;
  /** The store refused the transition (another node owns the session now); nothing was told. */
  refused?(session: LiveSession): void;
  warning(session: LiveSession, warning: SessionEmitted): void;
}

/**
 * Starts the protocol actor of a stored session (from its snapshot when it has one) and wires its
 * pipeline: each change of the persisted snapshot is written to the store before `changed` runs,
 * so a crash after a broadcast never loses what was broadcast. A running phase's deadline is
 * re-armed at its original wall-clock time, since XState does not persist pending timers.
 */
export function openLiveSession(
  deps: OpenLiveSessionDeps,
  record: StoredSession,
  method: MethodDefinition,
  hooks: LiveSessionHooks,
): LiveSession {
  const actor = createActor(deps.machine, {
    input: {
      phases: record.phases.map((p) => ({ id: p.id, seconds: p.seconds })),
      autoAdvance: record.autoAdvance,
      requiresPresenter: method.requiresPresenter,
    },
    ...(record.snapshot ? { snapshot: record.snapshot as never } : {}),
    ...(deps.clock ? { clock: deps.clock } : {}),
  });
  const session = new LiveSession(record, method, actor, deps.store.listParticipants(record.id));
  let lastJson = record.snapshot ? JSON.stringify(record.snapshot) : '';
  actor.subscribe({
    next: () => {
      const persisted = actor.getPersistedSnapshot();
      const json = JSON.stringify(persisted);
      if (json === lastJson) return; // a timer that changed nothing
      lastJson = json;
      if (deps.save) {
        if (!deps.save(session.status, persisted)) {
          hooks.refused?.(session);
          return;
        }
      } else {
        deps.store.saveSnapshot(record.id, session.status, persisted);
      }
      hooks.changed(session);
    },
    error: (err) => deps.logger.error({ sessionId: record.id, err }, 'session actor failed'),
  });
  actor.on('phase.warning', (e) => hooks.warning(session, e));
  actor.start();
  if (session.status === 'running') actor.send({ type: 'clock.rearm' });
  return session;
}
