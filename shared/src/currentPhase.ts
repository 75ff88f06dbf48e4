import type { MethodDefinition, PhaseDefinition } from './methods/methodTypes.js';
import type { SessionStatus } from './sessionView.js';

/**
 * The method's definition of the phase running now (or paused), found by the phase's id; undefined
 * in the lobby, after the end, or when the method is unknown. Every place that needs the current
 * phase's rules (media policy, guidance, stage, question) asks here.
 */
export function currentPhase(
  view: { status: SessionStatus; phase: { id: string } | null },
  method: MethodDefinition | undefined,
): PhaseDefinition | undefined {
  if (view.status !== 'running' && view.status !== 'paused') return undefined;
  const id = view.phase?.id;
  return id === undefined ? undefined : method?.phases.find((p) => p.id === id);
}
