import type { Logger } from 'pino';
import type { MediaGateway } from '../media/index.js';
import type { IoServer } from '../realtime/socketServer.js';
import type { LiveSession } from '../sessions/liveSession.js';
import { enforceMedia } from '../sessions/sessionMedia.js';
import type { SessionService } from '../sessions/sessionService.js';
import { recountPresence } from './presenceRecount.js';

/**
 * A node that has just taken a session's lease loads it (its deadline re-armed at the original
 * wall-clock time) and waits until the restore's own write is stored: a deadline that passed while
 * no node ran the session moves the phase on, and nothing is answered before that is kept (or
 * refused, when a newer owner took it meanwhile: then this rejects and the session is let go).
 * It then learns, in the background, what the former owner knew only in memory: whose sockets are
 * open on every node, and who is in the media room, whose permissions it then reconciles.
 */
export async function adoptSession(parts: AdoptionParts, sessionId: string): Promise<void> {
  const session = await parts.service.registry.require(sessionId);
  await session.stored();
  void relearn(parts, session).catch((err: unknown) =>
    parts.logger.warn({ sessionId, err }, 'presence not relearned after takeover'),
  );
}

interface AdoptionParts {
  service: SessionService;
  io: IoServer;
  media: MediaGateway;
  logger: Logger;
}

async function relearn(parts: AdoptionParts, session: LiveSession): Promise<void> {
  const { service, io, media, logger } = parts;
  const sessionId = session.id;
  await recountPresence(io, service.registry, [sessionId], logger);
  const inRoom =
    media.mode === 'disabled' || !media.roomMembers ? [] : await media.roomMembers(sessionId);
  if (service.registry.find(sessionId) !== session) return; // lost or deleted meanwhile
  for (const who of inRoom) if (session.participants.has(who)) session.inMedia.add(who);
  service.registry.publish(session);
  enforceMedia(media, session);
}
