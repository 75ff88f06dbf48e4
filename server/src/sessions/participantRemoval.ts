import type { Logger } from 'pino';
import type { MediaGateway } from '../media/index.js';
import type { SessionStore } from '../store/sessionStore.js';
import type { Caller } from './membership.js';
import type { SessionRegistry } from './sessionRegistry.js';
import { ServiceError } from './serviceError.js';

export interface ParticipantRemovalDeps {
  registry: SessionRegistry;
  store: SessionStore;
  media: MediaGateway;
  logger: Logger;
}

/**
 * The chair removes someone (the socket layer checked the chair role). Their row goes first, so
 * their credential stops working at once; then their sockets close before anyone hears the new
 * view; a presenter stops presenting through the machine; the media room lets them go last.
 */
export async function removeParticipant(
  deps: ParticipantRemovalDeps,
  caller: Caller,
  identity: string,
): Promise<void> {
  const session = await deps.registry.require(caller.sessionId);
  if (session.status === 'ended')
    throw new ServiceError('session_ended', 'This session has ended.');
  if (identity === caller.identity) {
    throw new ServiceError('bad_request', 'You cannot remove yourself.');
  }
  if (!session.participants.has(identity)) {
    throw new ServiceError('not_found', 'No such participant in this session.');
  }
  await deps.store.removeParticipant(session.id, identity);
  // Their hand goes with them: hands live on the participant.
  session.participants.delete(identity);
  session.connections.delete(identity);
  session.inMedia.delete(identity);
  deps.registry.removed(session.id, identity);
  if (session.context.presenter === identity) {
    // The machine's pipeline stores the change, then broadcasts and has the media follow.
    session.actor.send({ type: 'presenter.set', identity: null });
    await session.stored();
  } else {
    deps.registry.publish(session);
  }
  deps.logger.info({ sessionId: session.id, identity }, 'participant removed by the chair');
  void deps.media.removeParticipant(session.id, identity);
}
