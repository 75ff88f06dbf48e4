import {
  breakoutPosition,
  PLENARY,
  type BreakoutPosition,
  type GatheringPlace,
  type GatheringRights,
  type GatheringRole,
} from '@intervision/shared';
import type { GatheringContext } from './gatheringMachine.js';

const FULL: GatheringRights = { microphone: true, camera: true, reason: null };

/** Who someone is, for the rights question: their role, place and whether they only visit. */
export interface RightsSubject {
  identity: string;
  role: GatheringRole;
  place: GatheringPlace;
  visiting: boolean;
}

/** The position of a room member, or null in the plenary or when visiting. */
export function positionOf(context: GatheringContext, who: RightsSubject): BreakoutPosition | null {
  if (who.place === PLENARY || who.visiting) return null;
  const room = context.rooms.find((r) => r.id === who.place);
  return room ? breakoutPosition(room.members, who.identity) : null;
}

/**
 * What one person may publish where they are now. In the plenary the host and whoever has the
 * floor speak; everyone else keeps the camera and waits for the floor. In a breakout each
 * position follows the format's phase (`listen`: microphone off, camera on), and visitors (helpers,
 * the host) always may speak, since helping is talking. Once the format is over, or during recall,
 * the room talks freely.
 */
export function gatheringRights(context: GatheringContext, who: RightsSubject): GatheringRights {
  if (who.place === PLENARY) {
    if (who.role === 'host' || context.floor.includes(who.identity)) return FULL;
    return {
      microphone: false,
      camera: true,
      reason: 'In the plenary you speak when the host gives you the floor: raise your hand.',
    };
  }
  const position = positionOf(context, who);
  const phase = context.format?.phases[context.phaseIndex];
  if (!position || !phase || context.recallAt !== null) return FULL;
  if (phase.media[position] === 'speak') return FULL;
  return { microphone: false, camera: true, reason: `${phase.title}: you listen in this phase.` };
}
