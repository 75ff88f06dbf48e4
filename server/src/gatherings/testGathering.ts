import type { GatheringRole } from '@intervision/shared';
import { createActor, SimulatedClock } from 'xstate';
import { createGatheringMachine } from './gatheringMachine.js';
import { LiveGathering } from './liveGathering.js';

/**
 * For unit tests: a live gathering in the plenary on a simulated clock, with the given members
 * (identity → role; the identity doubles as name and credential hash).
 */
export function testGathering(members: Array<[identity: string, role: GatheringRole]>) {
  const clock = new SimulatedClock();
  const actor = createActor(
    createGatheringMachine(() => clock.now()),
    { clock },
  );
  actor.start();
  const id = 'G123456789abcdef';
  const g = new LiveGathering(
    {
      id,
      title: 't',
      maxParticipants: 100,
      hostSecretHash: '',
      helperSecretHash: '',
      inviteSecretHash: '',
      createdAt: 0,
      stage: 'plenary',
      snapshot: null,
    },
    actor,
    members.map(([identity, role]) => ({
      gatheringId: id,
      identity,
      name: identity,
      role,
      credentialHash: identity,
      joinedAt: 0,
    })),
  );
  return { g, actor, clock };
}
