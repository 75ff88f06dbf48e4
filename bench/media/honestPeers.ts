import type { JoinSessionResponse, SessionView } from '@intervision/shared';
import type { Room } from '@livekit/rtc-node';
import { LiveClient } from '@intervision/testkit';
import { withholdAsPeer } from '@intervision/testkit/rtc';

/**
 * Makes rtc-node listeners behave as the web client's peers do (useWithheldTracks): each follows
 * the views its own socket receives and disables, at the SFU, the tracks of sources a view
 * withdraws from their publisher, enabling them again when the rights come back. `rooms[i]` is
 * `joins[i]`'s room; `sockets` gives the ones already connected (the chair's), by index.
 * Resolves with a cleanup.
 */
export async function honestPeers(
  url: string,
  joins: JoinSessionResponse[],
  rooms: Map<number, Room>,
  sockets: Map<number, LiveClient> = new Map(),
): Promise<() => void> {
  const opened: LiveClient[] = [];
  const stops: Array<() => void> = [];
  for (const [i, room] of rooms) {
    let socket = sockets.get(i);
    if (!socket) {
      socket = await LiveClient.connect(url, joins[i]!.credential);
      opened.push(socket);
    }
    const peer = withholdAsPeer(room);
    const follow = (view: SessionView) => peer.followView(view);
    socket.socket.on('session:state', follow);
    if (socket.latest) peer.followView(socket.latest);
    const s = socket;
    stops.push(() => {
      s.socket.off('session:state', follow);
      peer.close();
    });
  }
  return () => {
    for (const stop of stops) stop();
    for (const s of opened) s.close();
  };
}
