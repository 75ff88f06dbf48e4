import type { MethodDefinition, Role } from '@intervision/shared';
import { useTranslation } from 'react-i18next';

/**
 * Method texts in the person's language, looked up by method and phase id; the English data in
 * `shared/` is the fallback for a method or phase the resources do not know yet.
 */
export function useMethodText() {
  const { t } = useTranslation();
  return {
    methodTitle: (method: Pick<MethodDefinition, 'id' | 'title'>) =>
      t(`methods.${method.id}.title`, { defaultValue: method.title }),
    methodSummary: (method: Pick<MethodDefinition, 'id' | 'summary'>) =>
      t(`methods.${method.id}.summary`, { defaultValue: method.summary }),
    phaseTitle: (methodId: string, phase: { id: string; title: string }) =>
      t(`methods.${methodId}.phases.${phase.id}.title`, { defaultValue: phase.title }),
    phaseGuidance: (methodId: string, phaseId: string, role: Role, fallback: string) =>
      t(`methods.${methodId}.phases.${phaseId}.guidance.${role}`, { defaultValue: fallback }),
  };
}
