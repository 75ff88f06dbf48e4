import { mediaRights } from '@intervision/shared';
import { AccessToken, TokenVerifier } from 'livekit-server-sdk';
import { pino } from 'pino';
import { afterEach, describe, expect, test } from 'vitest';
import { createLivekitGateway } from '@intervision/server/media';
import { connectPeer } from '@intervision/testkit/rtc';
import { sharedLivekit } from '@intervision/testkit/vitest';
import type { Room } from '@livekit/rtc-node';

const { livekitUrl, apiKey, apiSecret, gateway } = sharedLivekit();
const logger = pino({ level: 'silent' });
const mutedReflection = { presenter: 'listen' } as const;
const rooms: Room[] = [];

afterEach(async () => {
  await Promise.all(rooms.splice(0).map((r) => r.disconnect()));
});

async function grantsOf(token: string) {
  return new TokenVerifier(apiKey, apiSecret).verify(token);
}

describe('media tokens', () => {
  test('the presenter in muted reflection may listen and send data but publish no media', async () => {
    const { token, url } = await gateway.issueToken({
      sessionId: 'session-a',
      identity: 'presenter-1',
      name: 'Pat',
      role: 'presenter',
      rights: mediaRights(mutedReflection, 'presenter'),
    });
    expect(url).toBe(livekitUrl);
    const claims = await grantsOf(token);
    expect(claims.sub).toBe('presenter-1');
    expect(claims.name).toBe('Pat');
    expect(JSON.parse(claims.metadata ?? '')).toEqual({ role: 'presenter' });
    expect(claims.video).toMatchObject({
      room: 'session-a',
      roomJoin: true,
      canSubscribe: true,
      canPublish: false,
      canPublishData: true,
      canPublishSources: [],
      canUpdateOwnMetadata: false,
    });
    expect(claims.video?.roomAdmin).toBeFalsy();
    // Short-lived: ten minutes by default.
    expect((claims.exp ?? 0) - (claims.nbf ?? 0)).toBe(600);
  });

  test('a peer in muted reflection may publish microphone, camera and screen share', async () => {
    const { token } = await gateway.issueToken({
      sessionId: 'session-a',
      identity: 'peer-1',
      name: 'Kim',
      role: 'peer',
      rights: mediaRights(mutedReflection, 'peer'),
    });
    const claims = await grantsOf(token);
    expect(JSON.parse(claims.metadata ?? '')).toEqual({ role: 'peer' });
    expect(claims.video).toMatchObject({
      canPublish: true,
      canSubscribe: true,
      canUpdateOwnMetadata: false,
    });
    expect([...(claims.video?.canPublishSources ?? [])].sort()).toEqual(
      ['camera', 'microphone', 'screen_share', 'screen_share_audio'].sort(),
    );
  });

  test('LiveKit admits a participant with a token from the gateway', async () => {
    const { token, url } = await gateway.issueToken({
      sessionId: 'session-b',
      identity: 'peer-2',
      name: 'Lou',
      role: 'peer',
      rights: mediaRights(null, 'peer'),
    });
    const room = await connectPeer(url, token);
    rooms.push(room);
    expect(room.isConnected).toBe(true);
    expect(room.name).toBe('session-b');
    expect(room.localParticipant?.identity).toBe('peer-2');
  });

  test('LiveKit refuses an expired token', async () => {
    // A negative lifetime yields a token whose expiry is already in the past: no waiting needed.
    const expired = createLivekitGateway({
      url: livekitUrl,
      apiKey,
      apiSecret,
      logger,
      tokenTtlSeconds: -60,
    });
    const { token, url } = await expired.issueToken({
      sessionId: 'session-c',
      identity: 'peer-3',
      name: 'Sam',
      role: 'peer',
      rights: mediaRights(null, 'peer'),
    });
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as {
      exp: number;
    };
    expect(claims.exp * 1000).toBeLessThan(Date.now());
    await expect(connectPeer(url, token)).rejects.toThrow(/401 Unauthorized.*token is expired/);
  });

  test('LiveKit refuses a token signed with a foreign secret', async () => {
    const foreign = new AccessToken(apiKey, 'x'.repeat(48), { identity: 'intruder', ttl: 600 });
    foreign.addGrant({ room: 'session-c', roomJoin: true, canPublish: true, canSubscribe: true });
    await expect(connectPeer(livekitUrl, await foreign.toJwt())).rejects.toThrow(
      /401 Unauthorized.*signature is invalid/,
    );
  });
});
