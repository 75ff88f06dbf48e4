import type { GatheringStage } from '@intervision/shared';
import type { Logger } from 'pino';
import { createActor } from 'xstate';
import type { ActorClock } from '../sessions/openLiveSession.js';
import type { GatheringStore, StoredGathering } from '../store/gatheringStore.js';
import type { GatheringMachine } from './gatheringMachine.js';
import { LiveGathering } from './liveGathering.js';

export interface OpenLiveGatheringDeps {
  store: GatheringStore;
  machine: GatheringMachine;
  logger: Logger;
  clock?: ActorClock;
}

const stageOf = (value: unknown): GatheringStage =>
  value === 'breakouts' || value === 'recalling' ? value : 'plenary';

/**
 * Starts the machine of a stored gathering (from its snapshot when it has one) and wires its
 * pipeline: every change of the persisted snapshot is written to the store before `changed` runs,
 * so nothing broadcast is lost by a crash. Breakout deadlines and the recall are re-armed at their
 * original wall-clock times, since XState does not persist pending timers.
 */
export function openLiveGathering(
  deps: OpenLiveGatheringDeps,
  record: StoredGathering,
  changed: (g: LiveGathering) => void,
): LiveGathering {
  const actor = createActor(deps.machine, {
    ...(record.snapshot ? { snapshot: record.snapshot as never } : {}),
    ...(deps.clock ? { clock: deps.clock as never } : {}),
  });
  const g = new LiveGathering(record, actor, deps.store.listGatheringMembers(record.id));
  let lastJson = record.snapshot ? JSON.stringify(record.snapshot) : '';
  actor.subscribe({
    next: (snapshot) => {
      const persisted = actor.getPersistedSnapshot();
      const json = JSON.stringify(persisted);
      if (json === lastJson) return; // a timer that changed nothing
      lastJson = json;
      deps.store.saveGatheringSnapshot(record.id, stageOf(snapshot.value), persisted);
      changed(g);
    },
    error: (err) => deps.logger.error({ gatheringId: record.id, err }, 'gathering actor failed'),
  });
  actor.start();
  if (g.stage !== 'plenary') actor.send({ type: 'clock.rearm' });
  return g;
}
