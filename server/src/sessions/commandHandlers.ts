import type { CommandName, CommandPayload, CommandReply } from '@intervision/shared';
import { airtimeMirror } from '../airtime/airtimeMirror.js';
import type { AirtimeSource } from '../airtime/airtimeService.js';
import type { SessionEvent } from '../protocol/sessionMachine.js';
import type { Caller } from './membership.js';
import type { SessionCommands } from './sessionCommands.js';
import type { SessionRegistry } from './sessionRegistry.js';
import { ServiceError } from './serviceError.js';

/** One handler per command of the table, given the validated payload, answering the ack's data. */
export type CommandHandlers = {
  [N in CommandName]: (caller: Caller, payload: CommandPayload<N>) => Promise<CommandReply<N>>;
};

export interface CommandHandlerDeps {
  commands: SessionCommands;
  registry: SessionRegistry;
  now: () => number;
  /** The server's airtime figures, for the mirror. */
  airtime: AirtimeSource;
  /** Draws random orders for rounds; injected so tests can fix it. */
  random?: () => number;
}

/**
 * Socket commands (`noun:verb`) become machine events (`noun.verb`) or hand changes. Role and
 * payload were checked before any handler runs.
 */
export function createCommandHandlers({
  commands,
  registry,
  now,
  airtime,
  random = Math.random,
}: CommandHandlerDeps): CommandHandlers {
  const toMachine = async (caller: Caller, event: SessionEvent) => {
    await commands.machine(caller, event);
    return {};
  };
  return {
    'session:start': (caller) => toMachine(caller, { type: 'session.start' }),
    'phase:next': (caller) => toMachine(caller, { type: 'phase.next' }),
    'phase:previous': (caller) => toMachine(caller, { type: 'phase.previous' }),
    'phase:pause': (caller) => toMachine(caller, { type: 'phase.pause' }),
    'phase:resume': (caller) => toMachine(caller, { type: 'phase.resume' }),
    'phase:extend': (caller, { seconds }) => toMachine(caller, { type: 'phase.extend', seconds }),
    'session:end': (caller) => toMachine(caller, { type: 'session.end' }),
    'presenter:set': (caller, { identity }) =>
      toMachine(caller, { type: 'presenter.set', identity }),
    // The schema trims; a blank question clears it.
    'question:set': (caller, { text }) =>
      toMachine(caller, { type: 'question.set', text: text === '' ? null : text }),
    'round:start': async (caller, choice) => {
      await commands.startRound(caller, choice, random);
      return {};
    },
    'round:next': (caller) => toMachine(caller, { type: 'round.next' }),
    'round:previous': (caller) => toMachine(caller, { type: 'round.previous' }),
    'round:extend': (caller, { seconds }) => toMachine(caller, { type: 'round.extend', seconds }),
    'round:end': (caller) => toMachine(caller, { type: 'round.end' }),
    'round:done': (caller) => toMachine(caller, { type: 'round.done', identity: caller.identity }),
    'participant:remove': async (caller, { identity }) => {
      await commands.remove(caller, identity);
      return {};
    },
    'hand:raise': async (caller) => {
      await commands.hand(caller, true);
      return {};
    },
    'hand:lower': async (caller, payload) => {
      const target = payload && 'identity' in payload ? payload.identity : undefined;
      await commands.hand(caller, false, target);
      return {};
    },
    'airtime:mirror': async (caller, { show, scope = 'phase' }) => {
      const session = await registry.require(caller.sessionId);
      if (session.status !== 'running' && session.status !== 'paused')
        throw new ServiceError('invalid_transition', 'Airtime is only kept while a session runs.');
      if (!airtime.enabled)
        throw new ServiceError('media_unavailable', 'This server measures no airtime.');
      const report = airtime.reportOf(session.id) ?? {};
      const mirror = show ? airtimeMirror(report, session.participants.keys(), scope) : null;
      registry.airtimeMirror(session.id, mirror);
      return {};
    },
    'clock:sync': (_caller, { clientSentAt }) =>
      Promise.resolve({ clientSentAt, serverNow: now() }),
    'session:get': async (caller) => ({
      view: (await registry.require(caller.sessionId)).view(now()),
    }),
  };
}
