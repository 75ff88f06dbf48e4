import type { MediaRights, Role } from '@intervision/shared';
import { ParticipantPermission, TrackSource, type VideoGrant } from 'livekit-server-sdk';

/** The LiveKit track sources a participant may publish with these rights. */
export function allowedSources(rights: MediaRights): TrackSource[] {
  const sources: TrackSource[] = [];
  if (rights.microphone) sources.push(TrackSource.MICROPHONE);
  if (rights.camera) sources.push(TrackSource.CAMERA);
  if (rights.screenShare) sources.push(TrackSource.SCREEN_SHARE, TrackSource.SCREEN_SHARE_AUDIO);
  return sources;
}

/**
 * The participant permission for these rights. The sources are always listed explicitly because
 * LiveKit reads an empty list as "any source"; with nothing allowed, publishing is off altogether.
 */
export function permissionFor(rights: MediaRights): ParticipantPermission {
  const sources = allowedSources(rights);
  return new ParticipantPermission({
    canSubscribe: true,
    canPublish: sources.length > 0,
    canPublishData: true,
    canPublishSources: sources,
    // Roles live in the metadata; a client must not be able to rewrite its own.
    canUpdateMetadata: false,
  });
}

const NO_PUBLISHING: MediaRights = {
  microphone: false,
  camera: false,
  screenShare: false,
  reason: null,
};

/**
 * The token grant for joining `room`: hear, see and send data, but publish nothing. Publishing is
 * granted by the server once LiveKit reports the participant joined, from the phase in force then,
 * so a token issued in an earlier phase can never carry rights the current phase does not give.
 */
export function joinGrant(room: string): VideoGrant {
  const p = permissionFor(NO_PUBLISHING);
  return {
    room,
    roomJoin: true,
    roomCreate: false,
    canSubscribe: p.canSubscribe,
    canPublish: p.canPublish,
    canPublishData: p.canPublishData,
    canPublishSources: p.canPublishSources,
    canUpdateOwnMetadata: false,
  };
}

/**
 * The server's hidden listener: invisible to the others, may subscribe, publishes nothing (no
 * data either) and can never be granted more, since it is never enforced like a member.
 */
export function listenerGrant(room: string): VideoGrant {
  return {
    room,
    roomJoin: true,
    roomCreate: false,
    hidden: true,
    canSubscribe: true,
    canPublish: false,
    canPublishData: false,
    canUpdateOwnMetadata: false,
  };
}

/** True when LiveKit's current permission already gives exactly what `wanted` gives. */
export function samePermission(
  current: ParticipantPermission | undefined,
  wanted: ParticipantPermission,
): boolean {
  if (!current) return false;
  const key = (sources: TrackSource[]) => [...sources].sort((a, b) => a - b).join(',');
  return (
    current.canSubscribe === wanted.canSubscribe &&
    current.canPublish === wanted.canPublish &&
    current.canPublishData === wanted.canPublishData &&
    current.canUpdateMetadata === wanted.canUpdateMetadata &&
    key(current.canPublishSources) === key(wanted.canPublishSources)
  );
}

/** Participant metadata: the role, so every client can label tiles without asking us. */
export function metadataFor(role: Role): string {
  return JSON.stringify({ role });
}
