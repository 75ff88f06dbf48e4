import type { LiveKitDetails } from '@intervision/shared';
import type { Logger } from 'pino';
import type { MediaGateway } from '../media/index.js';
import type { LiveSession } from './liveSession.js';

/** Has the SFU follow the session's current phase; without a media server there is nothing to do. */
export function enforceMedia(media: MediaGateway, session: LiveSession): void {
  if (media.mode === 'disabled') return;
  void media.enforce(session.id, session.desiredMedia());
}

/**
 * A media token for one member with the rights of the phase in force, or null when there is no
 * media server or it cannot be reached (joining still works; media comes back later).
 */
export async function issueMediaToken(
  media: MediaGateway,
  logger: Logger,
  session: LiveSession,
  identity: string,
): Promise<LiveKitDetails | null> {
  const p = session.participants.get(identity);
  if (!p || media.mode === 'disabled') return null;
  const role = session.roleOf(identity);
  try {
    return await media.issueToken({
      sessionId: session.id,
      identity,
      name: p.name,
      role,
      rights: session.rightsOf(identity),
    });
  } catch (err) {
    logger.warn({ sessionId: session.id, err }, 'no media token: media server unavailable');
    return null;
  }
}
