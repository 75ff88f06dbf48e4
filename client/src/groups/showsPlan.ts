import type { SessionView } from '@intervision/shared';

/** The one-to-one method's review phase, where the development plan sits beside the video. */
export const PLAN_PHASE = { methodId: 'one-to-one', phaseId: 'next-steps' } as const;

/** Whether this moment of a group's meeting shows the development plan in the room. */
export function showsPlan(view: SessionView): view is SessionView & { groupId: string } {
  return (
    typeof view.groupId === 'string' &&
    view.methodId === PLAN_PHASE.methodId &&
    view.phase?.id === PLAN_PHASE.phaseId &&
    view.status !== 'ended'
  );
}
