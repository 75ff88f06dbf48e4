import { FULL_RIGHTS } from '@intervision/shared';
import { AccessToken, RoomServiceClient, type ParticipantInfo } from 'livekit-server-sdk';
import type { Logger } from 'pino';
import { createHealthProbe } from './healthProbe.js';
import type { DesiredMedia, MediaGateway } from './mediaGateway.js';
import { MediaUnavailableError } from './mediaUnavailableError.js';
import { isAirtimeIdentity } from '../airtime/airtimeIdentity.js';
import {
  allowedSources,
  joinGrant,
  listenerGrant,
  metadataFor,
  samePermission,
} from './permissions.js';
import { DEFAULT_BACKOFF, retryWithBackoff, type BackoffOptions } from './retry.js';
import { createRoomRegistry } from './roomRegistry.js';
import { createSubscriptionGate } from './subscriptionGate.js';
import { planPublishing } from './withholding.js';

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
  /**
   * How long a participant whose phase withdraws a source has to mute that track themselves
   * before the permission is revoked (and LiveKit removes the track); 1 s by default. Their
   * subscribers are cut off at once either way.
   */
  muteGraceMs?: number;
}

const DEFAULT_TOKEN_TTL_SECONDS = 120;
/** A room nobody joined stays open this much longer than a token issued for it can be used. */
const EMPTY_ROOM_GRACE_SECONDS = 60;
/** After the last person left: long enough to reload a page, short enough not to linger. */
const DEPARTURE_TIMEOUT_SECONDS = 60;
/** Bursts of joins (a session starting) share one createRoom; well below both timeouts. */
const REMEMBER_ROOM_MS = 10_000;
/** An honest client mutes within a few hundred ms of the phase change, even on a loaded machine. */
const DEFAULT_MUTE_GRACE_MS = 1_000;

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
  /** Each session's pass under way (retries included); never rejects. */
  const inFlight = new Map<string, Promise<unknown>>();
  const publicUrl = toWs(opts.publicUrl ?? opts.url);
  const ttl = opts.tokenTtlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS;
  const rooms = createRoomRegistry(api, {
    emptyTimeoutSeconds: Math.max(ttl, 0) + EMPTY_ROOM_GRACE_SECONDS,
    departureTimeoutSeconds: DEPARTURE_TIMEOUT_SECONDS,
    rememberMs: REMEMBER_ROOM_MS,
  });
  /** A LiveKit that was down may have lost every room (dev mode keeps them in memory only). */
  const checkHealth = async () => {
    const before = health.last();
    const state = await health.check();
    if (state === 'down') {
      if (before !== 'down')
        logger.warn({ reason: health.lastFailure() }, 'LiveKit does not answer');
      rooms.forgetAll();
    }
    return state;
  };

  const gate = createSubscriptionGate(api);
  const graceMs = opts.muteGraceMs ?? DEFAULT_MUTE_GRACE_MS;
  /**
   * Each participant's current restriction: when it began (this process's clock), what it
   * withdraws, and which tracks they had then (only those get the grace to be muted).
   */
  const restrictedSince = new Map<string, Restriction>();

  /** One participant: cut or restore who receives them, then hold the permission they need. */
  const reconcileOne = async (
    sessionId: string,
    want: DesiredMedia,
    info: ParticipantInfo,
    others: ParticipantInfo[],
    signal: AbortSignal,
  ): Promise<boolean> => {
    // A newer desired state took over: a stale pass must not cut, revoke or note anything.
    if (signal.aborted) return false;
    const key = `${sessionId}\u0000${want.identity}`;
    const restricted = isRestricted(want);
    const withdrawn = withdrawnKey(want);
    if (!restricted) restrictedSince.delete(key);
    // A restriction that withdraws something else (a strict turn, then muted reflection) gives
    // the client a fresh grace to mute what it newly withdraws.
    else if (restrictedSince.get(key)?.withdrawn !== withdrawn)
      restrictedSince.set(key, {
        since: Date.now(),
        withdrawn,
        tracks: new Set(info.tracks.map((t) => t.sid)),
      });
    const restriction = restrictedSince.get(key);
    const plan = planPublishing(info, want.rights, {
      graceOver: restriction === undefined || Date.now() - restriction.since >= graceMs,
      atStart: restriction?.tracks,
      peersDisable: want.peersDisable === true,
    });
    // Cutting subscribers comes first: it is what keeps a withdrawn track from being heard by
    // anyone who has not disabled it.
    if (plan.withheld.length > 0)
      await gate.withhold(sessionId, want.identity, plan.withheld, others);
    const metadata = metadataFor(want.role);
    if (signal.aborted) return false;
    if (!samePermission(info.permission, plan.permission) || info.metadata !== metadata) {
      await api.updateParticipant(sessionId, want.identity, {
        permission: plan.permission,
        metadata,
      });
      logger.info(
        { sessionId, identity: want.identity, rights: want.rights },
        'media permission updated',
      );
    }
    if (!restricted && !signal.aborted) await gate.release(sessionId, info, others);
    return plan.awaitingMute;
  };

  /** One pass: read who is really in the room, change only what differs. */
  const reconcileOnce = async (
    sessionId: string,
    desired: DesiredMedia[],
    signal: AbortSignal,
  ): Promise<void> => {
    // The server's hidden airtime listeners are nobody's business here: they publish nothing,
    // and a listener cut off a member's microphone would stop hearing them speak.
    const listed = (await listParticipants(api, sessionId)).filter(
      (p) => !isAirtimeIdentity(p.identity),
    );
    if (signal.aborted) return;
    const present = new Map(listed.map((p) => [p.identity, p]));
    let unseen = 0;
    const passes: Promise<boolean>[] = [];
    for (const want of desired) {
      const info = present.get(want.identity);
      // Not in the room: they join with no publishing at all and are granted when LiveKit says so.
      if (!info) {
        if (want.inRoom) unseen += 1;
        continue;
      }
      const others = listed.filter((p) => p.identity !== want.identity);
      passes.push(reconcileOne(sessionId, want, info, others, signal));
    }
    const awaiting = (await Promise.all(passes)).filter(Boolean).length;
    // A join webhook can outrun the room listing (several LiveKit nodes): retry rather than leave
    // a newcomer waiting for the reconciler.
    if (unseen > 0) throw new Error(`${unseen} participant(s) reported joined but not listed yet`);
    // Their tracks are already cut off; look again whether the client muted them itself.
    if (awaiting > 0)
      throw new Error(`${awaiting} participant(s) have not muted a withdrawn track yet`);
  };

  return {
    mode: 'livekit',

    async issueToken({ sessionId, identity, name, role, keepEmptySeconds }) {
      if ((await checkHealth()) === 'down') throw new MediaUnavailableError();
      // LiveKit creates no rooms itself: without this, the token would be refused.
      await rooms.ensure(sessionId, keepEmptySeconds).catch((err: unknown) => {
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
      // A return is what people wait for: whoever this process cut off a publisher the phase now
      // allows is resubscribed at once, beside the full pass below rather than after its listing.
      for (const want of desired) {
        if (isRestricted(want)) continue;
        gate
          .releaseKnown(sessionId, want.identity)
          .catch((err: unknown) =>
            logger.debug({ sessionId, err }, 'quick resubscription failed; the pass below retries'),
          );
      }
      // The newest desired state is the only one worth reaching; older retries stop here. Passes
      // run one at a time per session, so the newest one also corrects whatever a stale pass
      // still in flight did (e.g. a cut landing after the quick resubscription above).
      pending.get(sessionId)?.abort();
      const controller = new AbortController();
      pending.set(sessionId, controller);
      const previous = inFlight.get(sessionId);
      const run = (async () => {
        await previous;
        return retryWithBackoff(
          () => reconcileOnce(sessionId, desired, controller.signal),
          controller.signal,
          opts.backoff ?? DEFAULT_BACKOFF,
          (err, tryNumber) =>
            logger.debug({ sessionId, err, tryNumber }, 'media enforcement try failed'),
        );
      })();
      inFlight.set(sessionId, run);
      const error = await run;
      if (inFlight.get(sessionId) === run) inFlight.delete(sessionId);
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

    async listenerDetails(sessionId, identity) {
      const token = new AccessToken(opts.apiKey, opts.apiSecret, { identity, ttl });
      token.addGrant(listenerGrant(sessionId));
      return { url: toWs(opts.url), token: await token.toJwt() };
    },

    async deleteRoom(sessionId) {
      await rooms.retire(sessionId);
      gate.forget(sessionId);
      for (const key of [...restrictedSince.keys()])
        if (key.startsWith(`${sessionId}\u0000`)) restrictedSince.delete(key);
      try {
        await api.deleteRoom(sessionId);
      } catch (err) {
        if (!isNotFound(err)) logger.warn({ sessionId, err }, 'could not delete media room');
      }
    },

    async roomMembers(sessionId) {
      return (await listParticipants(api, sessionId)).map((p) => p.identity);
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

interface Restriction {
  since: number;
  withdrawn: string;
  tracks: ReadonlySet<string>;
}

/** The sources the phase withdraws from this participant, as a comparable key. */
function withdrawnKey(want: DesiredMedia): string {
  const allowed = allowedSources(want.rights);
  return allowedSources(FULL_RIGHTS)
    .filter((s) => !allowed.includes(s))
    .join(',');
}

/** Whether the phase withdraws any media source from this participant. */
function isRestricted(want: DesiredMedia): boolean {
  return allowedSources(want.rights).length < allowedSources(FULL_RIGHTS).length;
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
