/** A step of a room's format, as the people in it see it. */
export type FormatStep =
  | { kind: 'speaks'; speaker: string; listener: string }
  | { kind: 'reflects'; speaker: string; listener: string }
  | { kind: 'open' };

/**
 * Dyad supervision as the network runs it: A speaks 3 while B listens, B reflects 2, then the same
 * with the roles swapped — 3, 2, 3, 2 parts of ten. Shorter or longer dyads keep these proportions,
 * so a host who picks 5 minutes gets 1½, 1, 1½, 1.
 */
const DYAD_PARTS = [3, 2, 3, 2] as const;
const DYAD_TOTAL = 10;

export interface StepAt {
  step: FormatStep;
  /** Server clock, ms: when this step ends. */
  endsAt: number;
}

/**
 * The step of a dyad at `now` between `startedAt` and `endsAt` (time added by the host stretches
 * every step). `members` are the room's identities, A first. Rooms other than pairs (a three left
 * over from an odd count) talk openly.
 */
export function dyadStepAt(
  members: readonly string[],
  startedAt: number,
  endsAt: number,
  now: number,
): StepAt {
  const [a, b] = members;
  if (members.length !== 2 || !a || !b) return { step: { kind: 'open' }, endsAt };
  const span = Math.max(1, endsAt - startedAt);
  let boundary = startedAt;
  for (const [i, part] of DYAD_PARTS.entries()) {
    boundary += (span * part) / DYAD_TOTAL;
    const first = i < 2;
    const speaker = first ? a : b;
    const listener = first ? b : a;
    if (now < boundary || i === DYAD_PARTS.length - 1) {
      return {
        step:
          i % 2 === 0
            ? { kind: 'speaks', speaker, listener }
            : { kind: 'reflects', speaker, listener },
        endsAt: Math.round(boundary),
      };
    }
  }
  return { step: { kind: 'open' }, endsAt };
}
