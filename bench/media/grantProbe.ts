import { RoomServiceClient, TrackSource } from 'livekit-server-sdk';

export interface LivekitApi {
  url: string;
  apiKey: string;
  apiSecret: string;
}

/**
 * Whether LiveKit currently lets `identity` publish a microphone in `room`, as LiveKit itself
 * reports it. rtc-node does not surface ParticipantPermissionsChanged (the web client's signal),
 * so the bench asks LiveKit's RoomService instead. A failed lookup counts as "not yet".
 */
export function microphoneGrantProbe(
  lk: LivekitApi,
  room: string,
  identity: string,
): () => Promise<boolean> {
  const api = new RoomServiceClient(lk.url.replace(/^ws/, 'http'), lk.apiKey, lk.apiSecret);
  return async () => {
    const info = await api.getParticipant(room, identity).catch(() => null);
    const p = info?.permission;
    if (!p?.canPublish) return false;
    // LiveKit reads an empty source list as "any source".
    return p.canPublishSources.length === 0 || p.canPublishSources.includes(TrackSource.MICROPHONE);
  };
}
