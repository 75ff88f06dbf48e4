import type { LiveMedia, MediaGateway } from '../media/index.js';
import type { Caller } from './membership.js';
import type { SessionRegistry } from './sessionRegistry.js';
import { enforceMedia } from './sessionMedia.js';

/** Who is here: open sockets, who is in the call, and what the media server should allow. */
export class Presence {
  constructor(
    private readonly registry: SessionRegistry,
    private readonly media: MediaGateway,
  ) {}

  /** A socket of this member opened (+1) or closed (-1). */
  connected(caller: Caller, delta: 1 | -1): void {
    const session = this.registry.find(caller.sessionId);
    // A removed person's sockets close after they are gone: nothing to count.
    if (!session || !session.participants.has(caller.identity)) return;
    const n = Math.max(0, (session.connections.get(caller.identity) ?? 0) + delta);
    session.connections.set(caller.identity, n);
    this.registry.publish(session);
    if (session.status === 'ended' && [...session.connections.values()].every((c) => c === 0)) {
      // An ended session changes no more; free it once nobody looks at it.
      this.registry.unload(session.id);
    }
  }

  /** LiveKit said someone joined or left the media room. */
  setInMedia(sessionId: string, identity: string, inRoom: boolean): void {
    const session = this.registry.find(sessionId);
    if (!session) return;
    if (!session.participants.has(identity)) {
      // Someone the chair removed, back with a media token issued before: out again.
      if (inRoom) void this.media.removeParticipant(sessionId, identity);
      return;
    }
    if (inRoom) session.inMedia.add(identity);
    else session.inMedia.delete(identity);
    this.registry.publish(session);
    // Someone who just arrived gets the phase's rights applied at once, not at the next sweep.
    if (inRoom) enforceMedia(this.media, session);
  }

  /**
   * LiveKit said someone published a track. In a phase that withdraws that source, the track must
   * be cut off (or the permission revoked) at once, not at the next sweep: peers auto-subscribe.
   */
  trackPublished(sessionId: string, identity: string): void {
    const session = this.registry.find(sessionId);
    if (session?.participants.has(identity)) enforceMedia(this.media, session);
  }

  /** Desired media state of every session still running its protocol. */
  liveMedia(): LiveMedia[] {
    return this.registry
      .all()
      .filter((s) => s.status !== 'ended')
      .map((s) => ({ sessionId: s.id, status: s.status, desired: s.desiredMedia() }));
  }
}
