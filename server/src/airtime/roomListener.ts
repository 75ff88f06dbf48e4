/** What a hidden listener needs to join a session's media room. */
export interface ListenerDetails {
  url: string;
  token: string;
}

/** What a room's hidden listener tells its owner. */
export interface ListenerHandlers {
  /** In the room; whatever failed before is over. */
  joined(): void;
  /** One target started or stopped speaking (LiveKit's speaker detection). */
  speaking(identity: string, speaking: boolean): void;
  /**
   * Gone without being closed: LiveKit dropped it, it could not join, or the listener process
   * died. Every target has stopped speaking as far as the listener knows; the owner opens a new
   * one when it wants to go on.
   */
  left(error: string): void;
}

/** One hidden listener in one media room, following the speaking of its targets. */
export interface RoomListener {
  /** Follows exactly these members from now on. */
  setTargets(targets: readonly string[]): void;
  /** Leaves the room; no handler is called after this. Safe to call more than once. */
  close(): void;
}

/** Joins a media room as a hidden listener (one per running session). */
export type OpenListener = (
  details: ListenerDetails,
  targets: readonly string[],
  handlers: ListenerHandlers,
) => RoomListener;
