import {
  Room,
  RoomEvent,
  TrackSource,
  type RemoteParticipant,
  type RemoteTrackPublication,
} from '@livekit/rtc-node';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

interface FfiClientModule {
  FfiClient: { instance: { request(req: unknown): unknown } };
}

/**
 * Asks the SFU to stop forwarding a subscribed track's packets while the subscription stays:
 * LiveKit keeps reporting a subscriber who speaks, and the listener receives no audio at all (no
 * decryption, no jitter buffer, no CPU). rtc-node 1.1 has this in its native layer
 * (`EnableRemoteTrackPublication`, LiveKit's track settings `disabled`) but not in its API; the
 * request goes through the very FFI client instance the package itself loaded.
 */
function stopForwarding(publication: RemoteTrackPublication): void {
  const require = createRequire(import.meta.url);
  const dist = dirname(require.resolve('@livekit/rtc-node'));
  const { FfiClient } = require(join(dist, 'ffi_client.cjs')) as FfiClientModule;
  FfiClient.instance.request({
    message: {
      case: 'enableRemoteTrackPublication',
      value: { trackPublicationHandle: publication.ffiHandle.handle, enabled: false },
    },
  });
}

/** What a probe needs to join the media room as a hidden listener. */
export interface ProbeDetails {
  url: string;
  token: string;
}

export interface SpeakerProbe {
  /** Leaves the room; safe to call more than once. */
  close(): Promise<void>;
  /** Connected now; false after LiveKit dropped it (the owner opens a new one). */
  readonly connected: boolean;
}

/**
 * Hears from LiveKit whether ONE member is speaking. LiveKit reports speaking only to subscribers
 * of that member and as deltas (who changed since the last report), and rtc-node passes on only
 * the speakers still active in each delta: with several speakers in one listener, someone who
 * stopped is indistinguishable from someone whose level did not change. A listener that
 * subscribes to a single member's microphone removes the ambiguity: a report naming them means
 * they speak, any other report means they stopped.
 *
 * The level LiveKit uses comes from the RTP audio-level header extension, which the SFU reads
 * without the media key: this works with end-to-end encrypted audio and never decodes it.
 */
export async function openSpeakerProbe(
  details: ProbeDetails,
  target: string,
  onSpeaking: (speaking: boolean) => void,
): Promise<SpeakerProbe> {
  const room = new Room();
  let closed = false;
  let speaking = false;
  const report = (now: boolean) => {
    if (closed || now === speaking) return;
    speaking = now;
    onSpeaking(now);
  };
  const subscribeTo = (participant: RemoteParticipant) => {
    if (participant.identity !== target) return;
    for (const pub of participant.trackPublications.values())
      if (pub.source === TrackSource.SOURCE_MICROPHONE && !pub.subscribed) pub.setSubscribed(true);
  };
  room
    .on(RoomEvent.TrackPublished, (_pub, participant) => subscribeTo(participant))
    .on(RoomEvent.TrackSubscribed, (_track, pub, participant) => {
      if (participant.identity === target) stopForwarding(pub);
    })
    .on(RoomEvent.ParticipantConnected, (participant) => subscribeTo(participant))
    .on(RoomEvent.ActiveSpeakersChanged, (speakers) =>
      report(speakers.some((p) => p.identity === target)),
    )
    // A member who leaves, or whose microphone goes, stops speaking now, whatever came before.
    .on(RoomEvent.ParticipantDisconnected, (p) => p.identity === target && report(false))
    .on(RoomEvent.TrackUnpublished, (_pub, p) => p.identity === target && report(false))
    .on(RoomEvent.TrackMuted, (_pub, p) => p.identity === target && report(false))
    .on(RoomEvent.Disconnected, () => report(false));
  await room.connect(details.url, details.token, { autoSubscribe: false, dynacast: false });
  for (const participant of room.remoteParticipants.values()) subscribeTo(participant);
  return {
    get connected() {
      return !closed && room.isConnected;
    },
    async close() {
      if (closed) return;
      report(false);
      closed = true;
      room.removeAllListeners();
      await room.disconnect().catch(() => {});
    },
  };
}
