import type { JoinRole, SessionStore, StoredParticipant } from '../store/sessionStore.js';
import type { LiveSession } from './liveSession.js';
import { enforceMedia } from './sessionMedia.js';
import type { SessionRegistry } from './sessionRegistry.js';
import type { MediaGateway } from '../media/index.js';

export interface RejoinDeps {
  registry: SessionRegistry;
  store: SessionStore;
  media: MediaGateway;
}

/**
 * A member joins again with the credential this browser holds: the same person, so a second tab or
 * a reopened link never adds a duplicate. A new name renames them; the chair link makes a peer the
 * chair (who cannot present, so a presenter stops presenting); the invite link never lowers a
 * chair. Written to the store first, then the machine and the listeners hear.
 */
export async function rejoin(
  deps: RejoinDeps,
  session: LiveSession,
  member: StoredParticipant,
  linkRole: JoinRole,
  name: string | undefined,
): Promise<StoredParticipant> {
  const joinRole: JoinRole = linkRole === 'chair' ? 'chair' : member.joinRole;
  const renamed = name !== undefined && name !== member.name;
  const promoted = joinRole !== member.joinRole;
  if (!renamed && !promoted) return member;
  const updated: StoredParticipant = { ...member, name: name ?? member.name, joinRole };
  await deps.store.updateParticipant(session.id, member.id, {
    ...(renamed ? { name: updated.name } : {}),
    ...(promoted ? { joinRole } : {}),
  });
  session.participants.set(member.id, updated);
  if (promoted && session.context.presenter === member.id) {
    // Through the machine, whose pipeline stores, broadcasts and has the media follow.
    session.actor.send({ type: 'presenter.set', identity: null });
    await session.stored();
    return updated;
  }
  deps.registry.publish(session);
  // A new role means new rights and metadata in the media room.
  if (promoted) enforceMedia(deps.media, session);
  return updated;
}
