import { RoomServiceClient, TrackSource } from 'livekit-server-sdk';
import { FULL_RIGHTS } from '@intervision/shared';
import type { MediaGateway } from '@intervision/server/media';

/**
 * The baseline a LiveKit user would write: when a phase says someone listens, look up their
 * microphone track and call `RoomService.mutePublishedTrack` — no permission changes, no client
 * cooperation. Tokens, health and rooms stay the real gateway's. Bench-only.
 */
export function withRemoteMuteOnly(
  gateway: MediaGateway,
  lk: { url: string; apiKey: string; apiSecret: string },
): MediaGateway {
  const api = new RoomServiceClient(lk.url.replace(/^ws/, 'http'), lk.apiKey, lk.apiSecret);
  return {
    ...gateway,
    mode: gateway.mode,
    issueToken: (p) => gateway.issueToken(p),
    health: () => gateway.health(),
    deleteRoom: (id) => gateway.deleteRoom(id),
    close: () => gateway.close(),
    async enforce(sessionId, desired) {
      // Tokens publish nothing, so the baseline still needs the real grant to let people speak;
      // it grants everyone everything and then mutes remotely, as a plain LiveKit user would.
      await gateway.enforce(
        sessionId,
        desired.map((d) => ({ ...d, rights: FULL_RIGHTS })),
      );
      await Promise.all(
        desired
          .filter((d) => !d.rights.microphone)
          .map(async (d) => {
            try {
              const info = await api.getParticipant(sessionId, d.identity);
              const mic = info.tracks.find((t) => t.source === TrackSource.MICROPHONE && !t.muted);
              if (mic) await api.mutePublishedTrack(sessionId, d.identity, mic.sid, true);
            } catch {
              // Not in the room (yet): nothing to mute.
            }
          }),
      );
    },
  };
}
