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
   * Tracks nobody else may receive now: every other participant is unsubscribed from them at the
   * SFU, whatever the publisher's client does. With `peersDisable`, only withdrawn tracks still
   * live after the grace; otherwise every track of a withdrawn source.
   */
  withheld: TrackInfo[];
  /** The publisher's own mute is still awaited: look again before the grace is over. */
  awaitingMute: boolean;
}

/** Who keeps a participant's withdrawn tracks from the others before the server steps in. */
export interface WithholdingOptions {
  /**
   * The client's mute is awaited no longer: a withdrawn track still live now is cut and revoked.
   */
  graceOver: boolean;
  /**
   * The participant's tracks when the restriction began: only these get the grace. A withdrawn
   * track published since (a second microphone) and live is no honest client's doing, and is
   * treated at once as if the grace were over. Absent: every track gets the grace.
   */
  atStart?: ReadonlySet<string>;
  /**
   * Every other client in the room disables this participant's withdrawn sources at the SFU by
   * itself (the session web client does, from the view): the SFU then forwards nothing to them and
   * the return needs no renegotiation. The server cuts only what an honest client would never
   * send, a withdrawn track still live after the grace.
   */
  peersDisable: boolean;
}

/**
 * Withdrawing a source no longer revokes it outright: revoking makes LiveKit remove the track, and
 * the return then costs a full republish and resubscription (~650 ms p50, ~900 ms p99). Instead the
 * track stays published while the client keeps it muted. Who receives it meanwhile is decided
 * either by the server, which cuts the subscribers at once (`withheld`, the return is then a
 * resubscription, ~340 ms p50), or, with `peersDisable`, by the other clients, which keep the
 * subscription and disable the track (the return is an unmute and a re-enable, no negotiation).
 *
 * The permission for a withdrawn source is kept only while every track of that source is muted by
 * the client itself; a source with no track, or with a track still live once `graceOver` (the
 * client had time to mute it, or unmuted it again), is revoked as before and LiveKit removes the
 * track. A modified client that never mutes is therefore treated exactly as before the change.
 */
export function planPublishing(
  info: Pick<ParticipantInfo, 'tracks'>,
  rights: MediaRights,
  { graceOver, atStart, peersDisable }: WithholdingOptions,
): PublishPlan {
  const allowed = allowedSources(rights);
  const withdrawn = info.tracks.filter(
    (t) => MEDIA_SOURCES.includes(t.source) && !allowed.includes(t.source),
  );
  if (withdrawn.length === 0) {
    return { permission: permissionFor(rights), withheld: [], awaitingMute: false };
  }
  const live = withdrawn.filter((t) => !t.muted);
  /** Live tracks whose client had its chance to mute (or never was given one). */
  const overdue = live.filter((t) => graceOver || (atStart !== undefined && !atStart.has(t.sid)));
  const kept = new Set(
    withdrawn.filter((t) => !overdue.some((o) => o.source === t.source)).map((t) => t.source),
  );
  const sources = [...allowed, ...kept];
  const permission = permissionFor(rights);
  permission.canPublishSources = sources;
  permission.canPublish = sources.length > 0;
  return {
    permission,
    withheld: peersDisable ? overdue : withdrawn,
    awaitingMute: live.length > overdue.length,
  };
}
