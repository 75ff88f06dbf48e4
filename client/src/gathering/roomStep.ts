import {
  breakoutPosition,
  type BreakoutPhaseView,
  type BreakoutPosition,
} from '@intervision/shared';

/** What a room is doing now, said with the people's names: who speaks or reflects, who listens. */
export type RoomStep =
  { kind: 'speaks' | 'reflects'; speaker: string; listeners: string[] } | { kind: 'together' };

/**
 * The step of a breakout room from its running phase: the position whose stance is `speak` has the
 * word and the other listens; when both may speak (open talk, or after the format's last phase)
 * the room talks together. A phase whose id says "reflects" (dyad supervision) is a reflection.
 * `members` are the room's identities, A first.
 */
export function roomStep(phase: BreakoutPhaseView | null, members: readonly string[]): RoomStep {
  if (!phase || phase.media.A === phase.media.B) return { kind: 'together' };
  const speaking: BreakoutPosition = phase.media.A === 'speak' ? 'A' : 'B';
  const at = (id: string) => breakoutPosition(members, id);
  const speaker = members.find((id) => at(id) === speaking);
  if (!speaker) return { kind: 'together' };
  return {
    kind: phase.id.endsWith('reflects') ? 'reflects' : 'speaks',
    speaker,
    listeners: members.filter((id) => at(id) !== speaking),
  };
}
