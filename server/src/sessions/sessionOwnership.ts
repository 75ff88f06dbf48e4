/**
 * How the registry learns whether this node may run a session, in a cluster where exactly one
 * node runs each live session (see `server/src/cluster`). Absent on a single node.
 */
export interface SessionOwnership {
  /**
   * The fencing epoch this node holds the session with, which every snapshot it writes carries
   * (the store refuses it once a newer owner has written); undefined when it does not own it.
   */
  epochOf(sessionId: string): number | undefined;
  /** The session left this node's memory (unloaded, deleted, or refused): its lease may go. */
  dropped(sessionId: string): void;
}
