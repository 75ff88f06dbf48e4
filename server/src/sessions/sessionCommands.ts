import type { CommandPayload } from '@intervision/shared';
import type { Logger } from 'pino';
import type { MediaGateway } from '../media/index.js';
import type { SessionEvent } from '../protocol/sessionMachine.js';
import { commandRefusal } from '../protocol/commandRefusal.js';
import type { SessionStore } from '../store/sessionStore.js';
import type { LiveSession } from './liveSession.js';
import type { Caller } from './membership.js';
import { removeParticipant } from './participantRemoval.js';
import { roundOrder } from './roundOrder.js';
import type { SessionRegistry } from './sessionRegistry.js';
import { ServiceError } from './serviceError.js';

export interface SessionCommandsDeps {
  registry: SessionRegistry;
  store: SessionStore;
  media: MediaGateway;
  logger: Logger;
  now: () => number;
}

/**
 * What members do to a session once the socket layer has checked their role and payload: protocol
 * events for the machine, and hands. The machine alone decides whether an event applies; here its
 * refusal only becomes an error code.
 */
export class SessionCommands {
  constructor(private readonly deps: SessionCommandsDeps) {}

  /** Sends one event to the session's machine, or refuses with the machine's reason. */
  async machine(caller: Caller, event: SessionEvent): Promise<void> {
    const session = await this.open(caller);
    if (event.type === 'presenter.set' && event.identity !== null) {
      this.checkPresenter(session, event.identity);
    }
    const refusal = commandRefusal(session.actor.getSnapshot(), event);
    if (refusal) throw new ServiceError(refusal.code, refusal.message);
    session.actor.send(event);
    // The ack answers after the transition is stored (and broadcast).
    await session.stored();
  }

  /** Starts a speaking round, its order resolved from the chair's choice (see `roundOrder`). */
  async startRound(
    caller: Caller,
    choice: CommandPayload<'round:start'>,
    random: () => number,
  ): Promise<void> {
    const session = await this.open(caller);
    // In the lobby the machine refuses the round; no order needs resolving for that.
    const order = session.status === 'lobby' ? [] : roundOrder(session, choice, random);
    const { secondsPerTurn, strict } = choice;
    await this.machine(caller, { type: 'round.start', order, secondsPerTurn, strict });
  }

  /** Raises or lowers a hand: your own, or (the chair only) someone else's. */
  async hand(caller: Caller, raise: boolean, target: string = caller.identity): Promise<void> {
    const session = await this.open(caller);
    if (target !== caller.identity && session.roleOf(caller.identity) !== 'chair') {
      throw new ServiceError('forbidden', "Only the chair can lower someone else's hand.");
    }
    const p = session.participants.get(target);
    if (!p) throw new ServiceError('not_found', 'No such participant in this session.');
    const raisedAt = raise ? (p.handRaisedAt ?? this.deps.now()) : null;
    if (raisedAt === p.handRaisedAt) return;
    await this.deps.store.setHand(session.id, p.id, raisedAt);
    // Read again: the participant may have changed (or left) while the write was in flight.
    const now = session.participants.get(p.id);
    if (!now) return;
    session.participants.set(p.id, { ...now, handRaisedAt: raisedAt });
    this.deps.registry.publish(session);
  }

  /** The chair removes someone else from the session (see `removeParticipant`). */
  remove(caller: Caller, identity: string): Promise<void> {
    return removeParticipant(this.deps, caller, identity);
  }

  private async open(caller: Caller): Promise<LiveSession> {
    const session = await this.deps.registry.require(caller.sessionId);
    if (session.status === 'ended')
      throw new ServiceError('session_ended', 'This session has ended.');
    return session;
  }

  /** Who may present is membership, not protocol: a member of this session who is not the chair. */
  private checkPresenter(session: LiveSession, identity: string): void {
    const p = session.participants.get(identity);
    if (!p) throw new ServiceError('not_found', 'No such participant in this session.');
    if (p.joinRole === 'chair') throw new ServiceError('bad_request', 'The chair cannot present.');
  }
}
