import {
  currentPhase,
  type MethodDefinition,
  type Role,
  type SessionView,
} from '@intervision/shared';
import type { TFunction } from 'i18next';

/** The title and the guidance for one role at this moment of the session, in the person's language. */
export function phaseGuidance(
  t: TFunction,
  view: SessionView,
  method: MethodDefinition | undefined,
  role: Role,
): { title: string; guidance: string } {
  if (view.status === 'ended')
    return { title: t('phase.ended'), guidance: t('phase.endedGuidance') };
  if (!view.phase) return { title: t('phase.waiting'), guidance: t(`phase.lobby.${role}`) };
  const phase = view.phase;
  const def = currentPhase(view, method);
  return {
    title: t(`methods.${view.methodId}.phases.${phase.id}.title`, { defaultValue: phase.title }),
    guidance: t(`methods.${view.methodId}.phases.${phase.id}.guidance.${role}`, {
      defaultValue: def?.guidance[role] ?? '',
    }),
  };
}
