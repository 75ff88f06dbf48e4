// The baseline page: what a developer writes with livekit-client alone to show the remote cameras of
// a room, given a server URL and a token. Bundled by the benchmark (baselineServer.ts); not part of
// the product. Options are the SDK's defaults; encryption (when a key is given) is set up the way
// our client sets it up (raw key bytes, the SDK's own worker), so the two do the same crypto work.
import { ExternalE2EEKeyProvider, Room, RoomEvent, Track } from 'livekit-client';

const params = new URLSearchParams(window.location.search);
const url = params.get('url') ?? '';
const token = params.get('token') ?? '';
const key = params.get('key');

function keyBytes(text: string): ArrayBuffer {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0)).buffer;
}

async function join(): Promise<void> {
  const e2ee = key
    ? {
        keyProvider: new ExternalE2EEKeyProvider(),
        worker: new Worker('/e2ee-worker.js', { type: 'module' }),
      }
    : undefined;
  const room = new Room(e2ee ? { e2ee } : {});
  room.on(RoomEvent.TrackSubscribed, (track) => {
    if (track.kind !== Track.Kind.Video) return;
    const video = track.attach();
    video.dataset.remote = 'true';
    document.getElementById('videos')?.append(video);
  });
  if (e2ee && key) {
    await e2ee.keyProvider.setKey(keyBytes(key));
    await room.setE2EEEnabled(true);
  }
  await room.connect(url, token);
  document.body.dataset.state = 'connected';
}

const button = document.getElementById('join') as HTMLButtonElement;
button.addEventListener('click', () => {
  button.disabled = true;
  join().catch((err: unknown) => {
    document.body.dataset.state = `failed: ${String(err)}`;
  });
});
document.body.dataset.state = 'ready';
