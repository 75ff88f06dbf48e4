import type { MethodDefinition, SessionView } from '@intervision/shared';

/** How the video stage is arranged in the current phase. */
export type StageLayout = 'focus' | 'circle' | 'grid';

/**
 * `focus`: the presenter large, while presenting (a presenter method's first phase) or responding
 * (the phase right after the presenter listened). `circle`: everyone in a grid, the presenter's tile
 * marked as listening. `grid` otherwise.
 */
export function stageLayout(view: SessionView, method: MethodDefinition | undefined): StageLayout {
  if (!method?.requiresPresenter || !view.presenter || !view.phase || view.status === 'ended')
    return 'grid';
  const index = view.phase.index;
  const policy = method.phases[index]?.media;
  if (policy?.presenter === 'listen') return 'circle';
  if (index === 0) return 'focus';
  if (method.phases[index - 1]?.media.presenter === 'listen') return 'focus';
  return 'grid';
}
