// Real livekit-client objects for hook tests: a room that is not connected to any server, with
// participants and publications built the way the SDK builds them from the server's messages.
import { TrackInfo, TrackSource, TrackType } from '@livekit/protocol';
import {
  ConnectionState,
  LocalAudioTrack,
  LocalTrackPublication,
  RemoteAudioTrack,
  RemoteParticipant,
  RemoteTrackPublication,
  Room,
  Track,
} from 'livekit-client';

/** The browser's MediaStreamTrack, as far as livekit-client touches it outside a call. */
export function mediaTrack(kind: 'audio' | 'video' = 'audio'): MediaStreamTrack {
  return {
    kind,
    id: `mst-${Math.random()}`,
    enabled: true,
    muted: false,
    readyState: 'live',
    addEventListener() {},
    removeEventListener() {},
    getSettings: () => ({}),
    getConstraints: () => ({}),
    stop() {},
  } as unknown as MediaStreamTrack;
}

const micInfo = (sid: string, muted = false) =>
  new TrackInfo({ sid, type: TrackType.AUDIO, source: TrackSource.MICROPHONE, name: 'mic', muted });

/** A room that believes it is connected (so its hooks act), as `identity`. */
export function connectedRoom(identity: string): Room {
  const room = new Room();
  room.state = ConnectionState.Connected;
  room.localParticipant.identity = identity;
  return room;
}

/** A remote participant in `room`, announced as LiveKit would. */
export function joinRemote(room: Room, identity: string): RemoteParticipant {
  const participant = new RemoteParticipant(
    undefined as never,
    `PA_${identity}`,
    identity,
    identity,
  );
  room.remoteParticipants.set(identity, participant);
  room.emit('participantConnected', participant);
  return participant;
}

/** `participant` publishes a microphone track; this page is not subscribed yet. */
export function publishRemoteMic(room: Room, participant: RemoteParticipant, sid: string) {
  const pub = new RemoteTrackPublication(Track.Kind.Audio, micInfo(sid), true);
  participant.trackPublications.set(sid, pub);
  participant.audioTrackPublications.set(sid, pub);
  room.emit('trackPublished', pub, participant);
  return {
    pub,
    subscribe() {
      const track = new RemoteAudioTrack(mediaTrack(), sid, undefined as never);
      pub.setTrack(track);
      room.emit('trackSubscribed', track, pub, participant);
    },
    mute(muted: boolean) {
      pub.updateInfo(micInfo(sid, muted));
      room.emit(muted ? 'trackMuted' : 'trackUnmuted', pub, participant);
    },
  };
}

/** jsdom has no MediaStream; a local track only wraps its MediaStreamTrack in one. */
class TestMediaStream {
  constructor(private readonly tracks: MediaStreamTrack[] = []) {}
  getTracks = () => this.tracks;
  getAudioTracks = () => this.tracks;
  getVideoTracks = () => [];
  addTrack = (t: MediaStreamTrack) => void this.tracks.push(t);
  removeTrack = () => undefined;
}

/** The local participant publishes its microphone; `mute` mutes it as the SDK does. */
export async function publishLocalMic(room: Room, sid: string) {
  globalThis.MediaStream ??= TestMediaStream as unknown as typeof MediaStream;
  const lp = room.localParticipant;
  const track = new LocalAudioTrack(mediaTrack(), undefined, true);
  const pub = new LocalTrackPublication(Track.Kind.Audio, micInfo(sid), track);
  lp.trackPublications.set(sid, pub);
  lp.audioTrackPublications.set(sid, pub);
  lp.emit('localTrackPublished', pub);
  return {
    pub,
    async mute() {
      await track.mute();
      lp.emit('trackMuted', pub);
    },
  };
}
