import { mediaRights } from '@intervision/shared';
import { AccessToken, TokenVerifier } from 'livekit-server-sdk';
import { pino } from 'pino';
import { afterEach, describe, expect, test } from 'vitest';
import { createLivekitGateway } from '@intervision/server/media';
import { connectPeer } from '@intervision/testkit/rtc';
import { sharedLivekit } from '@intervision/testkit/vitest';
import type { Room } from '@livekit/rtc-node';

const { livekitUrl, apiKey, apiSecret, gateway, roomService } = sharedLivekit();
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
  test.each([
    ['the presenter in muted reflection', 'presenter-1', 'presenter', mutedReflection],
    ['a peer in muted reflection', 'peer-1', 'peer', mutedReflection],
    ['the chair in the lobby', 'chair-1', 'chair', null],
  ] as const)(
    '%s gets a token to listen and send data in one room, but to publish nothing',
    async (_who, identity, role, policy) => {
      const { token, url } = await gateway.issueToken({
        sessionId: 'session-a',
        identity,
        name: 'Pat',
        role,
        rights: mediaRights(policy, role),
      });
      expect(url).toBe(livekitUrl);
      const claims = await grantsOf(token);
      expect(claims.sub).toBe(identity);
      expect(claims.name).toBe('Pat');
      expect(JSON.parse(claims.metadata ?? '')).toEqual({ role });
      expect(claims.video).toEqual({
        room: 'session-a',
        roomJoin: true,
        roomCreate: false,
        canSubscribe: true,
        canPublish: false,
        canPublishData: true,
        canPublishSources: [],
        canUpdateOwnMetadata: false,
      });
      // Short-lived: two minutes by default.
      expect((claims.exp ?? 0) - (claims.nbf ?? 0)).toBe(120);
    },
  );

  test('the room exists before its first token is used, created by the server', async () => {
    await gateway.issueToken({
      sessionId: 'session-made',
      identity: 'peer-0',
      name: 'Ada',
      role: 'peer',
      rights: mediaRights(null, 'peer'),
    });
    const listed = await roomService.listRooms(['session-made']);
    expect(listed.map((r) => r.name)).toEqual(['session-made']);
    expect(listed[0]?.emptyTimeout).toBeGreaterThanOrEqual(120);
  });

  test('LiveKit does not create a room for a valid token on its own', async () => {
    const direct = new AccessToken(apiKey, apiSecret, { identity: 'wanderer', ttl: 60 });
    direct.addGrant({ room: 'never-created', roomJoin: true, canSubscribe: true });
    await expect(connectPeer(livekitUrl, await direct.toJwt())).rejects.toThrow(
      /requested room does not exist/,
    );
    expect(await roomService.listRooms(['never-created'])).toEqual([]);
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
