import type { Logger } from 'pino';
import type { MediaGateway } from '../media/index.js';
import type { IoServer } from '../realtime/socketServer.js';
import type { LiveSession } from '../sessions/liveSession.js';
import { enforceMedia } from '../sessions/sessionMedia.js';
import type { SessionService } from '../sessions/sessionService.js';
import { recountPresence } from './presenceRecount.js';

/**
 * A node that has just taken a session's lease loads it (its deadline re-armed at the original
 * wall-clock time) and then learns, in the background, what the former owner knew only in memory:
 * whose sockets are open on every node, and who is in the media room, whose permissions it then
 * reconciles.
 */
export function adoptSession(parts: AdoptionParts, sessionId: string): void {
  const session = parts.service.registry.require(sessionId);
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
