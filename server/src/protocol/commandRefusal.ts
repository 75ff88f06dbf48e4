import { LIMITS } from '@intervision/shared';
import type { SnapshotFrom } from 'xstate';
import {
  extendAllowed,
  isSpeaker,
  presenterReady,
  roundExtendAllowed,
  type SessionEvent,
  type SessionMachine,
} from './sessionMachine.js';
import { sessionStatus } from './sessionStatus.js';

/** Why the machine will not take an event, in the words the client is told. */
export interface CommandRefusal {
  code: 'presenter_required' | 'invalid_transition' | 'no_round' | 'not_your_turn';
  message: string;
}

/**
 * Null when the snapshot takes the event; otherwise names the refusal with the machine's own
 * guards, so no rule of the protocol is decided a second time outside the machine.
 */
export function commandRefusal(
  snapshot: SnapshotFrom<SessionMachine>,
  event: SessionEvent,
): CommandRefusal | null {
  if (snapshot.can(event)) return null;
  const { context } = snapshot;
  if (event.type === 'session.start' && snapshot.matches('lobby') && !presenterReady(context)) {
    return { code: 'presenter_required', message: 'Choose a presenter before starting.' };
  }
  if (event.type === 'phase.extend' && !extendAllowed(context, event.seconds)) {
    const hours = LIMITS.extendTotalSecondsMax / 3600;
    return {
      code: 'invalid_transition',
      message: `A phase can be extended by at most ${hours} hours in all.`,
    };
  }
  const live = snapshot.matches('running');
  if (live && event.type.startsWith('round.') && event.type !== 'round.start' && !context.round) {
    return { code: 'no_round', message: 'No speaking round is running.' };
  }
  if (live && event.type === 'round.done' && !isSpeaker(context, event.identity)) {
    return { code: 'not_your_turn', message: 'Only the speaker can end their turn.' };
  }
  if (live && event.type === 'round.previous') {
    return { code: 'invalid_transition', message: 'This is the first turn of the round.' };
  }
  if (live && event.type === 'round.extend' && !roundExtendAllowed(context, event.seconds)) {
    const minutes = LIMITS.turnExtendTotalSecondsMax / 60;
    return {
      code: 'invalid_transition',
      message: `A turn can be extended by at most ${minutes} minutes in all.`,
    };
  }
  return {
    code: 'invalid_transition',
    message: `Cannot ${event.type} while ${sessionStatus(snapshot)}.`,
  };
}
