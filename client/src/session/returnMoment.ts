import { mediaRights, type MethodDefinition } from '@intervision/shared';

/** Where the session stands, as far as the presenter's return is concerned. */
export interface PhaseStep {
  /** The phase's position in the method; null outside a running phase. */
  index: number | null;
  /** Whether the phase asks the presenter to listen (microphone withdrawn). */
  presenterListens: boolean;
}

/** The step a view is on, read from the method's media policy for the presenter. */
export function phaseStep(
  phase: { id: string; index: number } | null,
  method: MethodDefinition | undefined,
): PhaseStep {
  if (!phase) return { index: null, presenterListens: false };
  const def = method?.phases.find((p) => p.id === phase.id);
  return {
    index: phase.index,
    presenterListens: !mediaRights(def?.media ?? null, 'presenter').microphone,
  };
}

/**
 * True when the session has just moved forward from a phase where the presenter listened into the
 * very next phase, where they speak again: the presenter's return. Going back (the chair pressing
 * "previous" into the presentation) is not a return, nor is a page loading mid-phase.
 */
export function isReturn(prev: PhaseStep, next: PhaseStep): boolean {
  return (
    prev.presenterListens &&
    !next.presenterListens &&
    prev.index !== null &&
    next.index === prev.index + 1
  );
}
