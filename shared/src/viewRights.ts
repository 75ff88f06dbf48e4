import { currentPhase } from './currentPhase.js';
import { FULL_RIGHTS, type MediaRights } from './mediaPolicy.js';
import type { MethodDefinition } from './methods/methodTypes.js';
import { effectiveRights } from './roundRights.js';
import type { SessionView } from './sessionView.js';

/**
 * The media rights `identity` has in this view: the current phase's policy for their role,
 * narrowed by a strict turn. The same rule the server enforces (`effectiveRights`), derived from
 * what every client receives, so each page can tell what everyone else may publish now. Someone
 * not listed may do everything: nothing is withheld from a stranger the view does not know yet.
 */
export function rightsInView(
  view: Pick<SessionView, 'status' | 'phase' | 'participants' | 'round'>,
  method: MethodDefinition | undefined,
  identity: string,
): MediaRights {
  const role = view.participants.find((p) => p.identity === identity)?.role;
  if (!role) return FULL_RIGHTS;
  const policy = currentPhase(view, method)?.media ?? null;
  return effectiveRights(policy, role, identity, view.round);
}
