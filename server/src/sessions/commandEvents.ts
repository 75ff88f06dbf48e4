import type { CommandName } from '@intervision/shared';
import type { SessionEvent } from '../protocol/sessionMachine.js';

type MachineCommand = Exclude<CommandName, 'hand:raise' | 'hand:lower'>;

/** Socket command (`noun:verb`) → machine event (`noun.verb`), payload already validated. */
export function toMachineEvent(
  name: MachineCommand,
  payload: Record<string, unknown>,
): SessionEvent {
  switch (name) {
    case 'session:start':
      return { type: 'session.start' };
    case 'phase:next':
      return { type: 'phase.next' };
    case 'phase:previous':
      return { type: 'phase.previous' };
    case 'phase:pause':
      return { type: 'phase.pause' };
    case 'phase:resume':
      return { type: 'phase.resume' };
    case 'phase:extend':
      return { type: 'phase.extend', seconds: payload.seconds as number };
    case 'session:end':
      return { type: 'session.end' };
    case 'presenter:set':
      return { type: 'presenter.set', identity: payload.identity as string };
    case 'question:set': {
      const text = (payload.text as string).trim();
      return { type: 'question.set', text: text === '' ? null : text };
    }
  }
}
