import { currentPhase, type MethodDefinition, type SessionView } from '@intervision/shared';

/** How the video stage is arranged in the current phase. */
export type StageLayout = 'focus' | 'circle' | 'grid';

/**
 * The current phase's `stage` from the method data (`presenter` shows as `focus`); the grid when
 * no presenter is chosen, outside a running phase, or in a method without a presenter.
 */
export function stageLayout(view: SessionView, method: MethodDefinition | undefined): StageLayout {
  if (!method?.requiresPresenter || !view.presenter) return 'grid';
  const stage = currentPhase(view, method)?.stage ?? 'grid';
  return stage === 'presenter' ? 'focus' : stage;
}
