import type { MethodDefinition, SessionView } from '@intervision/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isReturn, phaseStep } from './returnMoment';

export interface ReturnMoment {
  /** The session has just moved into the phase where the presenter comes back from listening. */
  active: boolean;
  dismiss: () => void;
}

/**
 * The presenter's return, from the step that began it until the next phase (or until dismissed).
 * Only a forward step from a listening phase counts; a page that loads mid-phase shows nothing.
 */
export function useReturnMoment(
  view: SessionView,
  method: MethodDefinition | undefined,
): ReturnMoment {
  const live = view.status === 'running' || view.status === 'paused';
  const step = phaseStep(live ? view.phase : null, method);
  const prev = useRef(step);
  const [active, setActive] = useState(false);

  useEffect(() => {
    const before = prev.current;
    if (before.index === step.index && before.presenterListens === step.presenterListens) return;
    prev.current = step;
    setActive(isReturn(before, step));
  });

  const dismiss = useCallback(() => setActive(false), []);
  return { active, dismiss };
}
