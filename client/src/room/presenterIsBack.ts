import type { MethodDefinition } from '@intervision/shared';

/**
 * Whether this phase is the presenter's return after listening: the phase right before it had the
 * presenter listen. Moving back to an earlier phase (say from muted reflection to the presentation)
 * also gives the presenter their microphone back, but that is not a return to respond.
 */
export function presenterIsBack(method: MethodDefinition | undefined, phaseIndex: number): boolean {
  if (!method || phaseIndex < 1) return false;
  return (
    method.phases[phaseIndex - 1]?.media.presenter === 'listen' &&
    method.phases[phaseIndex]?.media.presenter !== 'listen'
  );
}
