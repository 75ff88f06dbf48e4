import type { SessionStatus } from '@intervision/shared';

/**
 * How the registry learns whether this node may run a session, in a cluster where exactly one
 * node runs each live session (see `server/src/cluster`). Absent on a single node.
 */
export interface SessionOwnership {
  /** The fencing epoch this node holds the session with; undefined when it does not own it. */
  epochOf(sessionId: string): number | undefined;
  /** Stores a snapshot under this node's epoch; false when a newer owner has written since. */
  save(sessionId: string, status: SessionStatus, snapshot: unknown): boolean;
  /** The session left this node's memory (unloaded, deleted, or refused): its lease may go. */
  dropped(sessionId: string): void;
}
