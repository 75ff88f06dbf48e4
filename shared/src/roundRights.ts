import { mediaRights, type MediaRights, type PhaseMediaPolicy } from './mediaPolicy.js';
import type { Role } from './roles.js';
import type { RoundView } from './sessionView.js';

/** The part of a round that decides media: who holds the turn, and whether it is enforced. */
export type RoundTurn = Pick<RoundView, 'speaker' | 'strict'>;

/**
 * The media rights of one participant with the phase's policy and any speaking round applied: the
 * one function the server enforces in the SFU and the client follows with its own tracks. A strict
 * turn withdraws the microphone from everyone but the speaker, the chair included (the issue's
 * "only the current speaker"; the chair steers with skip and end, which give the room back at
 * once), and cameras stay as the phase says. A soft round changes nothing.
 */
export function effectiveRights(
  policy: PhaseMediaPolicy | null,
  role: Role,
  identity: string,
  round: RoundTurn | null,
): MediaRights {
  const phase = mediaRights(policy, role);
  if (!round?.strict || identity === round.speaker || !phase.microphone) {
    return phase;
  }
  return { ...phase, microphone: false, reason: "It is someone else's turn in this round." };
}
