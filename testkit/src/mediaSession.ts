// A started session with rtc-node members in its LiveKit room: the set-up every suite about the
// server driving the media server begins with.
import type { JoinSessionResponse } from '@intervision/shared';
import type { Room } from '@livekit/rtc-node';
import { createSession, join } from './api.js';
import { LiveClient } from './liveClient.js';
import { connectPeer, type Tone } from './rtcPeer.js';
import { startServerWithLivekit, type ServerWithLivekit } from './serverWithLivekit.js';

export interface MediaSessionOptions {
  /** The members who join by the invite link, in order. */
  members: readonly string[];
  /** The member the chair makes presenter before starting. */
  presenter: string;
  /** The members connected to LiveKit as bare rtc-node clients (all of them by default). */
  inRoom?: readonly string[];
}

export interface MediaSession {
  env: ServerWithLivekit;
  chair: JoinSessionResponse;
  /** The chair's socket; it has seen the session start. */
  chairLive: LiveClient;
  sessionId: string;
  member(name: string): JoinSessionResponse;
  /** The member's LiveKit room; only for members connected to it. */
  room(name: string): Room;
  /** Tones to stop when the suite ends. */
  tones: Tone[];
  close(): Promise<void>;
}

/**
 * The real server with its own LiveKit, a session of the "intervision" method with a chair and
 * the named members, the presenter chosen and the first phase started, and the members' bare
 * rtc-node clients in the room (they never mute themselves, nor disable anyone's withdrawn tracks:
 * like modified clients, so what a suite observes is the server's enforcement; a suite makes a peer
 * honest with `withholdAsPeer` from `@intervision/testkit/rtc`).
 */
export async function startMediaSession(options: MediaSessionOptions): Promise<MediaSession> {
  const env = await startServerWithLivekit();
  const url = env.server.url;
  const rooms = new Map<string, Room>();
  const tones: Tone[] = [];
  let chairLive: LiveClient | undefined;
  try {
    const created = await createSession(url, { title: 'Media', method: 'intervision' });
    const chair = await join(url, created.id, created.chairUrl, 'Chair');
    const members = new Map<string, JoinSessionResponse>();
    for (const name of options.members) {
      members.set(name, await join(url, created.id, created.inviteUrl, name));
    }
    const member = (name: string): JoinSessionResponse => {
      const found = members.get(name);
      if (!found) throw new Error(`no member named ${name}`);
      return found;
    };
    chairLive = await LiveClient.connect(url, chair.credential);
    await expectOk(
      chairLive.send('presenter:set', { identity: member(options.presenter).identity }),
    );
    await expectOk(chairLive.send('session:start'));
    for (const name of options.inRoom ?? options.members) {
      const { livekit } = member(name);
      if (!livekit) throw new Error(`${name} got no LiveKit token`);
      rooms.set(name, await connectPeer(livekit.url, livekit.token));
    }
    const live = chairLive;
    return {
      env,
      chair,
      chairLive: live,
      sessionId: created.id,
      member,
      room(name) {
        const room = rooms.get(name);
        if (!room) throw new Error(`${name} is not in the LiveKit room`);
        return room;
      },
      tones,
      async close() {
        await Promise.all(tones.map((t) => t.stop()));
        await Promise.all([...rooms.values()].map((r) => r.disconnect()));
        live.close();
        await env.close();
      },
    };
  } catch (err) {
    await Promise.all([...rooms.values()].map((r) => r.disconnect()));
    chairLive?.close();
    await env.close();
    throw err;
  }
}

async function expectOk(reply: Promise<{ ok: boolean }>): Promise<void> {
  const answer = await reply;
  if (!answer.ok) throw new Error(`command refused: ${JSON.stringify(answer)}`);
}
