import type { Logger } from 'pino';
import { sessionRoom, type IoServer } from '../realtime/socketServer.js';
import type { SessionRegistry } from '../sessions/sessionRegistry.js';

/**
 * Presence counted from the sockets themselves, on every node: a node that dies never sends the
 * disconnects of its sockets to the owners of their sessions, and those clients come back on
 * another node. The owner recounts the sessions it runs and publishes those whose count changed.
 */
export async function recountPresence(
  io: IoServer,
  registry: SessionRegistry,
  sessionIds: string[],
  logger: Logger,
): Promise<void> {
  for (const sessionId of sessionIds) {
    const session = registry.find(sessionId);
    if (!session) continue;
    let sockets;
    try {
      sockets = await io.in(sessionRoom(sessionId)).timeout(2_000).fetchSockets();
    } catch (err) {
      logger.debug({ sessionId, err }, 'presence not recounted (a node did not answer)');
      continue;
    }
    if (registry.find(sessionId) !== session) continue; // lost or deleted meanwhile
    const counted = new Map<string, number>();
    for (const s of sockets) {
      const who = s.data.caller.identity;
      if (session.participants.has(who)) counted.set(who, (counted.get(who) ?? 0) + 1);
    }
    const ids = new Set([...counted.keys(), ...session.connections.keys()]);
    const changed = [...ids].some(
      (id) => (counted.get(id) ?? 0) !== (session.connections.get(id) ?? 0),
    );
    if (!changed) continue;
    session.connections.clear();
    for (const [id, n] of counted) session.connections.set(id, n);
    registry.publish(session);
  }
}
