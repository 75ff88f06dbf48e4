import { AccessToken, RoomServiceClient, type ParticipantInfo } from 'livekit-server-sdk';
import type { Logger } from 'pino';
import { createHealthProbe } from './healthProbe.js';
import type { DesiredMedia, MediaGateway } from './mediaGateway.js';
import { MediaUnavailableError } from './mediaUnavailableError.js';
import { joinGrant, metadataFor, permissionFor, samePermission } from './permissions.js';
import { DEFAULT_BACKOFF, retryWithBackoff, type BackoffOptions } from './retry.js';
import { createRoomRegistry } from './roomRegistry.js';

export interface LivekitGatewayOptions {
  /** Where this server reaches LiveKit's API (ws(s):// or http(s)://). */
  url: string;
  /** Where browsers connect, when it differs (proxies, containers); defaults to `url`. */
  publicUrl?: string;
  apiKey: string;
  apiSecret: string;
  logger: Logger;
  /** Token lifetime; 2 minutes by default. Clients fetch a fresh one to reconnect. */
  tokenTtlSeconds?: number;
  backoff?: BackoffOptions;
}

const DEFAULT_TOKEN_TTL_SECONDS = 120;
/** A room nobody joined stays open this much longer than a token issued for it can be used. */
const EMPTY_ROOM_GRACE_SECONDS = 60;
/** After the last person left: long enough to reload a page, short enough not to linger. */
const DEPARTURE_TIMEOUT_SECONDS = 60;
/** Bursts of joins (a session starting) share one createRoom; well below both timeouts. */
const REMEMBER_ROOM_MS = 10_000;

const toHttp = (url: string) => url.replace(/^ws(s?):\/\//, 'http$1://');
const toWs = (url: string) => url.replace(/^http(s?):\/\//, 'ws$1://');

/** The LiveKit-backed gateway: tokens signed here, permissions pushed through RoomService. */
export function createLivekitGateway(opts: LivekitGatewayOptions): MediaGateway {
  const logger = opts.logger.child({ component: 'media' });
  const api = new RoomServiceClient(toHttp(opts.url), opts.apiKey, opts.apiSecret, {
    requestTimeout: 5,
  });
  // Failover is for LiveKit Cloud regions; a health probe must answer quickly instead.
  const probeApi = new RoomServiceClient(toHttp(opts.url), opts.apiKey, opts.apiSecret, {
    requestTimeout: 2,
    failover: false,
  });
  const health = createHealthProbe(() => probeApi.listRooms());
  const pending = new Map<string, AbortController>();
  const publicUrl = toWs(opts.publicUrl ?? opts.url);
  const ttl = opts.tokenTtlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS;
  const rooms = createRoomRegistry(api, {
    emptyTimeoutSeconds: Math.max(ttl, 0) + EMPTY_ROOM_GRACE_SECONDS,
    departureTimeoutSeconds: DEPARTURE_TIMEOUT_SECONDS,
    rememberMs: REMEMBER_ROOM_MS,
  });
  /** A LiveKit that was down may have lost every room (dev mode keeps them in memory only). */
  const checkHealth = async () => {
    const state = await health.check();
    if (state === 'down') rooms.forgetAll();
    return state;
  };

  /** One pass: read who is really in the room, change only those who differ. */
  const reconcileOnce = async (sessionId: string, desired: DesiredMedia[]): Promise<void> => {
    const present = new Map((await listParticipants(api, sessionId)).map((p) => [p.identity, p]));
    let unseen = 0;
    for (const want of desired) {
      const info = present.get(want.identity);
      // Not in the room: they join with no publishing at all and are granted when LiveKit says so.
      if (!info) {
        if (want.inRoom) unseen += 1;
        continue;
      }
      const permission = permissionFor(want.rights);
      const metadata = metadataFor(want.role);
      if (samePermission(info.permission, permission) && info.metadata === metadata) continue;
      await api.updateParticipant(sessionId, want.identity, { permission, metadata });
      logger.info(
        { sessionId, identity: want.identity, rights: want.rights },
        'media permission updated',
      );
    }
    // A join webhook can outrun the room listing (several LiveKit nodes): retry rather than leave
    // a newcomer waiting for the reconciler.
    if (unseen > 0) throw new Error(`${unseen} participant(s) reported joined but not listed yet`);
  };

  return {
    mode: 'livekit',

    async issueToken({ sessionId, identity, name, role }) {
      if ((await checkHealth()) === 'down') throw new MediaUnavailableError();
      // LiveKit creates no rooms itself: without this, the token would be refused.
      await rooms.ensure(sessionId).catch((err: unknown) => {
        throw new MediaUnavailableError('The media room could not be created.', { cause: err });
      });
      const token = new AccessToken(opts.apiKey, opts.apiSecret, {
        identity,
        name,
        metadata: metadataFor(role),
        ttl,
      });
      token.addGrant(joinGrant(sessionId));
      return { url: publicUrl, token: await token.toJwt() };
    },

    async enforce(sessionId, desired) {
      // The newest desired state is the only one worth reaching; older retries stop here.
      pending.get(sessionId)?.abort();
      const controller = new AbortController();
      pending.set(sessionId, controller);
      const error = await retryWithBackoff(
        () => reconcileOnce(sessionId, desired),
        controller.signal,
        opts.backoff ?? DEFAULT_BACKOFF,
        (err, tryNumber) =>
          logger.debug({ sessionId, err, tryNumber }, 'media enforcement try failed'),
      );
      if (pending.get(sessionId) === controller) pending.delete(sessionId);
      if (error)
        logger.warn(
          { sessionId, err: error },
          'media enforcement failed; the reconciler retries later',
        );
    },

    async health() {
      return checkHealth();
    },

    async deleteRoom(sessionId) {
      await rooms.retire(sessionId);
      try {
        await api.deleteRoom(sessionId);
      } catch (err) {
        if (!isNotFound(err)) logger.warn({ sessionId, err }, 'could not delete media room');
      }
    },

    async removeParticipant(sessionId, identity) {
      try {
        await api.removeParticipant(sessionId, identity);
        logger.info({ sessionId, identity }, 'participant removed from the media room');
      } catch (err) {
        if (!isNotFound(err)) {
          logger.warn({ sessionId, identity, err }, 'could not remove participant from media room');
        }
      }
    },

    close() {
      for (const controller of pending.values()) controller.abort();
      pending.clear();
    },
  };
}

/** Everyone in the room; a room that does not exist yet simply has nobody in it. */
async function listParticipants(api: RoomServiceClient, room: string): Promise<ParticipantInfo[]> {
  try {
    return await api.listParticipants(room);
  } catch (err) {
    if (isNotFound(err)) return [];
    throw err;
  }
}

function isNotFound(err: unknown): boolean {
  const e = err as { status?: number; code?: string } | null;
  return e?.status === 404 || e?.code === 'not_found';
}
