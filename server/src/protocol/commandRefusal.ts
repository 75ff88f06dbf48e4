import { LIMITS } from '@intervision/shared';
import type { SnapshotFrom } from 'xstate';
import {
  extendAllowed,
  presenterReady,
  type SessionEvent,
  type SessionMachine,
} from './sessionMachine.js';
import { sessionStatus } from './sessionStatus.js';

/** Why the machine will not take an event, in the words the client is told. */
export interface CommandRefusal {
  code: 'presenter_required' | 'invalid_transition';
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
  return {
    code: 'invalid_transition',
    message: `Cannot ${event.type} while ${sessionStatus(snapshot)}.`,
  };
}
