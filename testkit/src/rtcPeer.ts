// Real LiveKit participants for tests, through @livekit/rtc-node (the same WebRTC stack as LiveKit's
// own SDKs, no browser needed). Everything waits for events with a timeout; nothing sleeps.
import {
  AudioFrame,
  AudioSource,
  AudioStream,
  LocalAudioTrack,
  Room,
  RoomEvent,
  TrackPublishOptions,
  TrackSource,
  type LocalTrackPublication,
  type RemoteParticipant,
  type RemoteTrack,
  type RemoteTrackPublication,
} from '@livekit/rtc-node';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { waitForEvent, type Listenable } from './waitFor.js';

/** The room events tests wait for (rtc-node does not export its callback map). */
export interface PeerEvents {
  trackPublished: (publication: RemoteTrackPublication, participant: RemoteParticipant) => void;
  trackUnpublished: (publication: RemoteTrackPublication, participant: RemoteParticipant) => void;
  trackSubscribed: (
    track: RemoteTrack,
    publication: RemoteTrackPublication,
    participant: RemoteParticipant,
  ) => void;
  participantConnected: (participant: RemoteParticipant) => void;
  trackMuted: (publication: RemoteTrackPublication, participant: RemoteParticipant) => void;
  trackUnmuted: (publication: RemoteTrackPublication, participant: RemoteParticipant) => void;
}

/**
 * Connects a participant; rejects when LiveKit refuses the token. With `sharedKey` its media is
 * end-to-end encrypted with that key (AES-GCM frame encryption, as the app's clients do).
 */
export async function connectPeer(
  url: string,
  token: string,
  sharedKey?: Uint8Array,
): Promise<Room> {
  const room = new Room();
  await room.connect(url, token, {
    autoSubscribe: true,
    dynacast: false,
    ...(sharedKey ? { e2ee: { keyProviderOptions: { sharedKey } } } : {}),
  });
  return room;
}

/** Resolves with the arguments of the first `event` that satisfies `match`, or rejects after `timeoutMs`. */
export function waitForRoomEvent<E extends keyof PeerEvents>(
  room: Room,
  event: E,
  match: (...args: Parameters<PeerEvents[E]>) => boolean = () => true,
  timeoutMs = 15_000,
): Promise<Parameters<PeerEvents[E]>> {
  // Our map is a subset of the room's; the emitter is viewed through it.
  return waitForEvent(room as unknown as Listenable, event, match, timeoutMs, `${event}`);
}

export interface Tone {
  publication: LocalTrackPublication;
  /**
   * Mutes or unmutes the track locally, as a browser's `setMicrophoneEnabled` does: the track stays
   * published and LiveKit records (and tells everyone) its muted flag.
   */
  setMuted(muted: boolean): void;
  stop(): Promise<void>;
}

interface FfiClientModule {
  FfiClient: { instance: { request(req: unknown): unknown } };
}

/**
 * rtc-node 1.1 has no local mute in its API, though its native layer does (`LocalTrackMute`). Its
 * FFI client is reached through the very module instance the package itself loaded, so the request
 * goes to the same native room.
 */
function localTrackMute(track: LocalAudioTrack, mute: boolean): void {
  const require = createRequire(import.meta.url);
  const dist = dirname(require.resolve('@livekit/rtc-node'));
  const { FfiClient } = require(join(dist, 'ffi_client.cjs')) as FfiClientModule;
  FfiClient.instance.request({
    message: { case: 'localTrackMute', value: { trackHandle: track.ffi_handle.handle, mute } },
  });
}

const SAMPLE_RATE = 48_000;
const FRAME_SAMPLES = 480; // 10 ms

/**
 * The tone's amplitude at sample `t`: steady, or rising and falling over two seconds like a voice
 * across a phrase (about -30 to -7 dBov, always loud enough to count as speaking). LiveKit tells a
 * subscriber about someone already speaking only when their level changes: v1.13.5 sends nothing
 * on subscribing (its room's on-subscribe speaker update is never wired up), and its levels are
 * quantized in eighths, so a steady tone — or a gently varying one — playing when a listener
 * subscribes may never be reported to it. This swing crosses several of those steps each second.
 */
const amplitudeAt = (t: number, speechLike: boolean) =>
  speechLike ? 10_750 + 9_250 * Math.sin((2 * Math.PI * 0.5 * t) / SAMPLE_RATE) : 8_000;

/**
 * Two seconds of the tone, computed once: 440 Hz and the 0.5 Hz swing both repeat exactly every
 * two seconds (a whole number of 10 ms frames), so a frame is a copy, not 480 sines. A hundred
 * publishers in one process (the airtime benchmark) otherwise spend the CPU that paces them.
 */
const CYCLE_SAMPLES = 2 * SAMPLE_RATE;
const cycles = new Map<boolean, Int16Array>();
function toneCycle(speechLike: boolean): Int16Array {
  let cycle = cycles.get(speechLike);
  if (!cycle) {
    cycle = new Int16Array(CYCLE_SAMPLES);
    for (let t = 0; t < CYCLE_SAMPLES; t++)
      cycle[t] = Math.round(
        amplitudeAt(t, speechLike) * Math.sin((2 * Math.PI * 440 * t) / SAMPLE_RATE),
      );
    cycles.set(speechLike, cycle);
  }
  return cycle;
}

/** The tone's 10 ms frame number `f`. */
function toneFrame(f: number, speechLike: boolean): AudioFrame {
  const frame = AudioFrame.create(SAMPLE_RATE, 1, FRAME_SAMPLES);
  const start = (f * FRAME_SAMPLES) % CYCLE_SAMPLES;
  frame.data.set(toneCycle(speechLike).subarray(start, start + FRAME_SAMPLES));
  return frame;
}

/**
 * Publishes a 440 Hz tone as a microphone track (`speechLike`: its loudness keeps changing).
 * `publishTrack` rejects when LiveKit does not let this participant publish a microphone.
 */
export async function publishTone(
  room: Room,
  name = 'mic',
  { speechLike = false }: { speechLike?: boolean } = {},
): Promise<Tone> {
  const source = new AudioSource(SAMPLE_RATE, 1);
  const track = LocalAudioTrack.createAudioTrack(name, source);
  const options = new TrackPublishOptions({ source: TrackSource.SOURCE_MICROPHONE });
  let running = true;
  // captureFrame waits while its queue is full, which paces the loop at real time.
  const pump = (async () => {
    for (let f = 0; running; f++) {
      await source.captureFrame(toneFrame(f, speechLike)).catch(() => (running = false));
    }
  })();
  let publication: LocalTrackPublication;
  try {
    publication = await room.localParticipant!.publishTrack(track, options);
  } catch (err) {
    running = false;
    await pump;
    await source.close();
    throw err;
  }
  return {
    publication,
    setMuted: (muted) => localTrackMute(track, muted),
    async stop() {
      running = false;
      await pump;
      await source.close();
    },
  };
}

export interface SpokenTone {
  /** Audio sent, by its sample count (the truth an airtime figure is compared with). */
  sentMs: number;
  /** From the first frame handed over to the last one played out, on the test's clock. */
  wallMs: number;
  unpublish(): Promise<void>;
}

/**
 * Publishes a 440 Hz tone as a microphone for exactly `ms` of audio (paced at real time by the
 * source) and resolves once it has all been played out to LiveKit; the track stays published,
 * silent, until `unpublish`. Nothing sleeps: the audio itself takes the time.
 */
export async function speakTone(room: Room, ms: number, name = 'mic'): Promise<SpokenTone> {
  const source = new AudioSource(SAMPLE_RATE, 1);
  const track = LocalAudioTrack.createAudioTrack(name, source);
  const options = new TrackPublishOptions({ source: TrackSource.SOURCE_MICROPHONE });
  const publication = await room.localParticipant!.publishTrack(track, options);
  const frames = Math.round(ms / 10);
  const started = performance.now();
  for (let f = 0; f < frames; f++) await source.captureFrame(toneFrame(f, false));
  await source.waitForPlayout();
  const wallMs = performance.now() - started;
  return {
    sentMs: frames * 10,
    wallMs,
    async unpublish() {
      await room.localParticipant!.unpublishTrack(publication.sid!).catch(() => {});
      await source.close();
    },
  };
}

/** Counts audible frames (not silence) arriving on a subscribed remote audio track. */
export function listenTo(track: RemoteTrack) {
  const stream = new AudioStream(track, SAMPLE_RATE, 1);
  const reader = stream.getReader();
  let audible = 0;
  const waiters: Array<{ n: number; resolve: () => void }> = [];
  const done = (async () => {
    for (;;) {
      const { value, done: ended } = await reader
        .read()
        .catch(() => ({ value: undefined, done: true }));
      if (ended || !value) return;
      if (value.data.some((s) => Math.abs(s) > 500)) audible++;
      for (const w of waiters.filter((w) => audible >= w.n)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  })();
  return {
    get audibleFrames() {
      return audible;
    },
    /** Resolves once `n` more audible frames have arrived. */
    waitForAudio(n = 20, timeoutMs = 15_000): Promise<void> {
      const target = audible + n;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`fewer than ${n} audible frames in ${timeoutMs} ms`)),
          timeoutMs,
        );
        waiters.push({ n: target, resolve: () => (clearTimeout(timer), resolve()) });
      });
    },
    async stop() {
      await reader.cancel().catch(() => {});
      await done;
    },
  };
}

/**
 * `listener` subscribes to the next track `identity` publishes through `publish`, and hears it
 * (a number of audible frames arrive). Returns the publishing side's tone so callers can stop it.
 */
export async function hearsNextTrack(
  listener: Room,
  identity: string,
  publish: () => Promise<Tone>,
): Promise<Tone> {
  const subscribed = waitForRoomEvent(
    listener,
    RoomEvent.TrackSubscribed,
    (_t, _p, who) => who.identity === identity,
  );
  const tone = await publish();
  const [track] = await subscribed;
  const audio = listenTo(track);
  try {
    await audio.waitForAudio(25);
  } finally {
    await audio.stop();
  }
  return tone;
}

export { RoomEvent, TrackSource };
export {
  setForwarding,
  sourceAllowed,
  withholdAsPeer,
  type PeerWithholding,
  type RightsOf,
} from './peerWithholding.js';
