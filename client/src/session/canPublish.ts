/** LiveKit's protocol TrackSource numbers (not exported by livekit-client). */
export const PROTOCOL_SOURCE = { camera: 1, microphone: 2 } as const;

/** The part of LiveKit's ParticipantPermission that decides publishing. */
export interface PublishPermission {
  canPublish: boolean;
  canPublishSources: readonly number[];
}

/**
 * Whether the SFU lets this participant publish `source`. Unknown permissions (not connected yet)
 * count as allowed; an empty source list means every source.
 */
export function canPublish(
  permissions: PublishPermission | undefined,
  source: keyof typeof PROTOCOL_SOURCE,
): boolean {
  if (!permissions) return true;
  if (!permissions.canPublish) return false;
  const sources = permissions.canPublishSources;
  return sources.length === 0 || sources.includes(PROTOCOL_SOURCE[source]);
}
