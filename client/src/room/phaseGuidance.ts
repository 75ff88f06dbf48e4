import {
  currentPhase,
  type MethodDefinition,
  type Role,
  type SessionView,
} from '@intervision/shared';

const LOBBY: Record<Role, string> = {
  chair: 'When everyone is here, choose the presenter and start the session.',
  presenter: 'The chair will start soon. You can share your question for the group below.',
  peer: 'The chair will start the session when everyone is here.',
};

/** The title and the guidance for one role at this moment of the session. */
export function phaseGuidance(
  view: SessionView,
  method: MethodDefinition | undefined,
  role: Role,
): { title: string; guidance: string } {
  if (view.status === 'ended')
    return { title: 'Session ended', guidance: 'Thank you for taking part.' };
  if (!view.phase) return { title: 'Waiting to start', guidance: LOBBY[role] };
  return { title: view.phase.title, guidance: currentPhase(view, method)?.guidance[role] ?? '' };
}
