// What an honest session page does about the others' withdrawn tracks (the web client's
// useWithheldTracks), for rtc-node participants: it keeps the subscription and asks the SFU to
// forward nothing of a track whose source the view withdraws from its publisher.
import {
  findMethod,
  FULL_RIGHTS,
  rightsInView,
  type MediaRights,
  type SessionView,
} from '@intervision/shared';
import {
  RoomEvent,
  TrackSource,
  type RemoteParticipant,
  type RemoteTrackPublication,
  type Room,
} from '@livekit/rtc-node';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

interface FfiClientModule {
  FfiClient: { instance: { request(req: unknown): unknown } };
}

/**
 * Enables or disables a remote track at the SFU while the subscription stays (LiveKit's track
 * settings `disabled`, livekit-client's `RemoteTrackPublication.setEnabled`): disabled, the SFU
 * forwards none of its packets to this participant; enabled again, the next packet comes through,
 * with no negotiation. rtc-node 1.1 has this in its native layer (`EnableRemoteTrackPublication`)
 * but not in its API; the request goes through the very FFI client instance the package loaded.
 */
export function setForwarding(publication: RemoteTrackPublication, enabled: boolean): void {
  const require = createRequire(import.meta.url);
  const dist = dirname(require.resolve('@livekit/rtc-node'));
  const { FfiClient } = require(join(dist, 'ffi_client.cjs')) as FfiClientModule;
  FfiClient.instance.request({
    message: {
      case: 'enableRemoteTrackPublication',
      value: { trackPublicationHandle: publication.ffiHandle.handle, enabled },
    },
  });
}

/** Whether `rights` let their holder publish a track of `source`. */
export function sourceAllowed(rights: MediaRights, source: TrackSource | undefined): boolean {
  switch (source) {
    case TrackSource.SOURCE_MICROPHONE:
      return rights.microphone;
    case TrackSource.SOURCE_CAMERA:
      return rights.camera;
    case TrackSource.SOURCE_SCREENSHARE:
    case TrackSource.SOURCE_SCREENSHARE_AUDIO:
      return rights.screenShare;
    default:
      return true;
  }
}

/** Who may publish what, by identity, as the peer's page last learnt it. */
export type RightsOf = (identity: string) => MediaRights;

export interface PeerWithholding {
  /** New rights (a view arrived): disables what they withdraw, re-enables what they give back. */
  follow(rightsOf: RightsOf): void;
  /** `follow` with the rights a session view gives everyone (its method found by id). */
  followView(view: SessionView): void;
  /** Tracks this peer has disabled now, as `identity/trackSid`. */
  readonly disabled: ReadonlySet<string>;
  /** Stops listening; leaves the tracks as they are. */
  close(): void;
}

/**
 * Makes `room` an honest peer: every remote track whose source its publisher may not publish now
 * is disabled — on each `follow`, and on each publication or subscription that arrives meanwhile
 * (a late joiner, a second microphone) — and enabled again when the rights come back.
 */
export function withholdAsPeer(room: Room, initial: RightsOf = () => FULL_RIGHTS): PeerWithholding {
  let rightsOf = initial;
  const disabled = new Set<string>();
  const keyOf = (p: RemoteTrackPublication, who: RemoteParticipant) => `${who.identity}/${p.sid}`;
  const apply = (pub: RemoteTrackPublication, who: RemoteParticipant) => {
    const key = keyOf(pub, who);
    const allowed = sourceAllowed(rightsOf(who.identity), pub.source);
    if (!allowed) {
      setForwarding(pub, false);
      disabled.add(key);
    } else if (disabled.delete(key)) setForwarding(pub, true);
  };
  const applyAll = () => {
    for (const who of room.remoteParticipants.values())
      for (const pub of who.trackPublications.values()) apply(pub, who);
  };
  const onPublished = (pub: RemoteTrackPublication, who: RemoteParticipant) => apply(pub, who);
  // A subscription may come with default settings: a withheld track is disabled again on it.
  const onSubscribed = (_t: unknown, pub: RemoteTrackPublication, who: RemoteParticipant) => {
    if (!sourceAllowed(rightsOf(who.identity), pub.source)) {
      disabled.delete(keyOf(pub, who));
      apply(pub, who);
    }
  };
  const onUnpublished = (pub: RemoteTrackPublication, who: RemoteParticipant) =>
    disabled.delete(keyOf(pub, who));
  room
    .on(RoomEvent.TrackPublished, onPublished)
    .on(RoomEvent.TrackSubscribed, onSubscribed)
    .on(RoomEvent.TrackUnpublished, onUnpublished);
  applyAll();
  const follow = (next: RightsOf) => {
    rightsOf = next;
    applyAll();
  };
  return {
    follow,
    followView(view) {
      const method = findMethod(view.methodId);
      follow((identity) => rightsInView(view, method, identity));
    },
    disabled,
    close() {
      room
        .off(RoomEvent.TrackPublished, onPublished)
        .off(RoomEvent.TrackSubscribed, onSubscribed)
        .off(RoomEvent.TrackUnpublished, onUnpublished);
    },
  };
}
