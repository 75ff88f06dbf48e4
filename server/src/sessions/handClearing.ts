import type { MethodDefinition, SessionStatus } from '@intervision/shared';
import type { StoredParticipant } from '../store/sessionStore.js';

/**
 * The moment of a session as raised hands see it: the lobby, one phase (paused or not), or the end.
 * A new moment means the hands raised in the previous one are no longer about what is happening.
 */
export function handMoment(status: SessionStatus, phaseIndex: number): string {
  if (status === 'lobby' || status === 'ended') return status;
  return `phase:${phaseIndex}`;
}

/**
 * The participants whose hands come down at this transition: everyone with a raised hand when the
 * moment changed, unless the method keeps hands across phases. The end always clears them.
 */
export function handsToClear(
  method: Pick<MethodDefinition, 'keepsHandsAcrossPhases'>,
  before: string | undefined,
  after: string,
  participants: Iterable<StoredParticipant>,
): string[] {
  if (before === undefined || before === after) return [];
  if (method.keepsHandsAcrossPhases && after !== 'ended') return [];
  return [...participants].filter((p) => p.handRaisedAt !== null).map((p) => p.id);
}
