import type { MediaRights } from '@intervision/shared';
import {
  ParticipantPermission,
  TrackSource,
  type ParticipantInfo,
  type TrackInfo,
} from 'livekit-server-sdk';
import { allowedSources, permissionFor } from './permissions.js';

const MEDIA_SOURCES = [
  TrackSource.MICROPHONE,
  TrackSource.CAMERA,
  TrackSource.SCREEN_SHARE,
  TrackSource.SCREEN_SHARE_AUDIO,
];

/** What the server does about one participant's publishing, given the rights of the phase. */
export interface PublishPlan {
  /** The permission to hold in LiveKit. */
  permission: ParticipantPermission;
  /**
   * Tracks nobody else may receive now (sources the phase withdraws): every other participant is
   * unsubscribed from them at the SFU, whatever the publisher's client does.
   */
  withheld: TrackInfo[];
  /** The publisher's own mute is still awaited: look again before the grace is over. */
  awaitingMute: boolean;
}

/**
 * Withdrawing a source no longer revokes it outright: revoking makes LiveKit remove the track, and
 * the return then costs a full republish and resubscription (~650 ms p50, ~900 ms p99). Instead the
 * track stays published while the client keeps it muted, and its subscribers are cut at the SFU
 * (`withheld`), so that a return is an unmute plus a resubscription.
 *
 * The permission for a withdrawn source is kept only while every track of that source is muted by
 * the client itself; a source with no track, or with a track still live once `graceOver` (the
 * client had time to mute it), is revoked as before and LiveKit removes the track. A modified
 * client that never mutes is therefore treated exactly as before the change.
 */
export function planPublishing(
  info: Pick<ParticipantInfo, 'tracks'>,
  rights: MediaRights,
  graceOver: boolean,
): PublishPlan {
  const allowed = allowedSources(rights);
  const withheld = info.tracks.filter(
    (t) => MEDIA_SOURCES.includes(t.source) && !allowed.includes(t.source),
  );
  if (withheld.length === 0) {
    return { permission: permissionFor(rights), withheld, awaitingMute: false };
  }
  const live = withheld.filter((t) => !t.muted);
  const kept = new Set(
    withheld
      .filter((t) => !graceOver || !live.some((l) => l.source === t.source))
      .map((t) => t.source),
  );
  const sources = [...allowed, ...kept];
  const permission = permissionFor(rights);
  permission.canPublishSources = sources;
  permission.canPublish = sources.length > 0;
  return { permission, withheld, awaitingMute: live.length > 0 && !graceOver };
}
