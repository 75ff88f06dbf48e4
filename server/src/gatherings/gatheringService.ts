import {
  GATHERING_LIMITS,
  PLENARY,
  type CreateGatheringRequest,
  type CreateGatheringResponse,
  type GatheringLiveKitDetails,
  type GatheringMoved,
  type GatheringRole,
  type GatheringServerEventPayloads,
  type GatheringView,
  type JoinGatheringResponse,
} from '@intervision/shared';
import type { Logger } from 'pino';
import type { LiveMedia, MediaGateway } from '../media/index.js';
import type { ActorClock } from '../sessions/openLiveSession.js';
import { hashSecret, newId, newSecret } from '../sessions/secrets.js';
import { ServiceError } from '../sessions/serviceError.js';
import type { GatheringStore, StoredGathering } from '../store/gatheringStore.js';
import { roomWithSpace } from './breakoutPlan.js';
import { createGatheringMachine, roomOf, type GatheringMachine } from './gatheringMachine.js';
import { GatheringMedia } from './gatheringMedia.js';
import { gatheringViewFor } from './gatheringViewFor.js';
import type { LiveGathering, LiveMember } from './liveGathering.js';
import { openLiveGathering } from './openLiveGathering.js';
import { parseRoomName } from './roomNames.js';

/** Who is calling: one member of one gathering, from their credential. */
export interface GatheringCaller {
  gatheringId: string;
  identity: string;
}

/** What the realtime layer hears about gatherings. */
export interface GatheringListener {
  /** Something changed: send the gathering's people (`staff`: only the host and helpers) their view. */
  changed(g: LiveGathering, audience: 'everyone' | 'staff'): void;
  moved(gatheringId: string, identity: string, moved: GatheringMoved): void;
  /** Someone pressed "I need help": tell the host and helpers. */
  help(g: LiveGathering, request: GatheringServerEventPayloads['help:requested']): void;
  /** The host deleted the gathering: close every socket of it. */
  closed(gatheringId: string): void;
  /** A notice for everyone of the gathering: the recall began, or the host broadcast a message. */
  announce<E extends 'breakouts:recalling' | 'breakouts:broadcast'>(
    g: LiveGathering,
    event: E,
    payload: GatheringServerEventPayloads[E],
  ): void;
}

export interface GatheringServiceDeps {
  store: GatheringStore;
  media: MediaGateway;
  logger: Logger;
  publicUrl: string;
  now: () => number;
  clock?: ActorClock;
  /** How long a moved person may stay in the old media room; tests shorten it. */
  moveGraceMs?: number;
}

/**
 * Presence (sockets opening and closing, people entering and leaving LiveKit rooms) comes in
 * bursts: when 100 people change rooms at once, a view per report would send every socket 100
 * views of 100 members. Reports within this window share one view.
 */
export const PRESENCE_BATCH_MS = 200;

/**
 * Gatherings: links, joining, credentials and media tokens, the machines held in memory, and the
 * listeners told after each stored change. Commands live in `gatheringHandlers.ts`.
 */
export class GatheringService {
  private readonly live = new Map<string, LiveGathering>();
  private readonly listeners = new Set<GatheringListener>();
  /** The recall and broadcast each gathering last announced, so each is announced once. */
  private readonly announced = new Map<
    string,
    { recallAt: number | null; broadcastAt: number | null }
  >();
  /** Gatherings with presence reports not yet sent (see `PRESENCE_BATCH_MS`). */
  private readonly presenceDue = new Map<string, NodeJS.Timeout>();
  private readonly machine: GatheringMachine;
  readonly media: GatheringMedia;

  constructor(readonly deps: GatheringServiceDeps) {
    this.machine = createGatheringMachine(deps.now);
    this.media = new GatheringMedia({
      media: deps.media,
      logger: deps.logger,
      moved: (id, identity, moved) => this.listeners.forEach((l) => l.moved(id, identity, moved)),
      ...(deps.moveGraceMs !== undefined ? { moveGraceMs: deps.moveGraceMs } : {}),
    });
  }

  listen(listener: GatheringListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Brings back every gathering whose breakouts run, each deadline re-armed at its time. */
  restore(): void {
    for (const record of this.deps.store.listActiveGatherings()) this.open(record);
  }

  create(req: CreateGatheringRequest): CreateGatheringResponse {
    const id = newId();
    const secrets = { host: newSecret(), helper: newSecret(), invite: newSecret() };
    this.deps.store.createGathering({
      id,
      title: req.title,
      maxParticipants: req.maxParticipants ?? GATHERING_LIMITS.defaultMaxParticipants,
      hostSecretHash: hashSecret(secrets.host),
      helperSecretHash: hashSecret(secrets.helper),
      inviteSecretHash: hashSecret(secrets.invite),
      createdAt: this.deps.now(),
      stage: 'plenary',
      snapshot: null,
    });
    this.deps.logger.info({ gatheringId: id }, 'gathering created');
    const base = `${this.deps.publicUrl.replace(/\/$/, '')}/gathering/${id}`;
    return {
      id,
      hostUrl: `${base}#k=${secrets.host}`,
      helperUrl: `${base}#k=${secrets.helper}`,
      inviteUrl: `${base}#k=${secrets.invite}`,
    };
  }

  /**
   * Joins by link. A valid `credential` of this gathering returns that same person (renamed when
   * `name` is given); otherwise the secret decides the role and a new person is added, unless the
   * gathering is full. A new attendee arriving while breakouts run goes to a room with space.
   */
  join(
    id: string,
    secret: string,
    name: string | undefined,
    credential: string | undefined,
  ): JoinGatheringResponse {
    const g = this.require(id);
    const role = roleForSecret(g.record, secret);
    if (!role) throw new ServiceError('unauthorized', 'This link is not valid for the gathering.');
    const known = credential
      ? this.deps.store.findGatheringMemberByCredentialHash(hashSecret(credential))
      : undefined;
    if (credential && known?.gatheringId === id && known.role === role) {
      if (name && name !== known.name) {
        this.deps.store.renameGatheringMember(id, known.identity, name);
        const m = g.member(known.identity);
        if (m) m.name = name;
        this.publish(g);
      }
      return { credential, identity: known.identity, role, gatheringId: id };
    }
    if (!name) throw new ServiceError('bad_request', 'name: a name is required to join.');
    const fresh = newSecret(32);
    const member = {
      gatheringId: id,
      identity: newId(),
      name,
      role,
      credentialHash: hashSecret(fresh),
      joinedAt: this.deps.now(),
    };
    if (!this.deps.store.addGatheringMember(member, g.record.maxParticipants)) {
      throw new ServiceError(
        'room_full',
        `This gathering is full (${g.record.maxParticipants} participants).`,
      );
    }
    g.addMember(member);
    this.placeLateArrival(g, member.identity, role);
    this.publish(g);
    return { credential: fresh, identity: member.identity, role, gatheringId: id };
  }

  authenticate(credential: string): GatheringCaller {
    const m = this.deps.store.findGatheringMemberByCredentialHash(hashSecret(credential));
    if (!m) throw new ServiceError('unauthorized', 'Unknown credential.');
    this.require(m.gatheringId);
    return { gatheringId: m.gatheringId, identity: m.identity };
  }

  /** A token for the caller's room now; 503 when media cannot be reached. */
  async mediaToken(caller: GatheringCaller): Promise<GatheringLiveKitDetails> {
    const details = await this.media.token(this.require(caller.gatheringId), caller.identity);
    if (!details)
      throw new ServiceError('media_unavailable', 'The media server cannot be reached.');
    return details;
  }

  /** The live gathering, loaded from the store on first use. */
  require(id: string): LiveGathering {
    const live = this.live.get(id);
    if (live) return live;
    const record = this.deps.store.getGathering(id);
    if (!record) throw new ServiceError('not_found', 'No such gathering.');
    return this.open(record);
  }

  roleOf(caller: GatheringCaller): GatheringRole {
    const m = this.require(caller.gatheringId).member(caller.identity);
    if (!m) throw new ServiceError('unauthorized', 'Unknown credential.');
    return m.role;
  }

  /** A socket of the caller opened (+1) or closed (-1). */
  connected(caller: GatheringCaller, delta: 1 | -1): void {
    // A socket closing after its gathering was deleted has nothing left to count.
    const g = this.live.get(caller.gatheringId);
    const m = g?.member(caller.identity);
    if (!g || !m) return;
    const was = m.connections > 0;
    m.connections = Math.max(0, m.connections + delta);
    if (was !== m.connections > 0) this.publishPresence(g);
  }

  /**
   * The host deletes the gathering: everything stored about it goes, every socket is closed with
   * `gathering:closed {reason: "deleted"}` and its LiveKit rooms are deleted.
   */
  async delete(id: string, caller: GatheringCaller): Promise<void> {
    const g = this.require(id);
    if (caller.gatheringId !== id || g.member(caller.identity)?.role !== 'host')
      throw new ServiceError('forbidden', 'Only the host deletes the gathering.');
    const rooms = [g.roomName(PLENARY), ...g.context.rooms.map((r) => g.roomName(r.id))];
    g.actor.stop();
    this.live.delete(id);
    this.announced.delete(id);
    clearTimeout(this.presenceDue.get(id));
    this.presenceDue.delete(id);
    this.deps.store.deleteGathering(id);
    this.listeners.forEach((l) => l.closed(id));
    this.deps.logger.info({ gatheringId: id }, 'gathering deleted');
    await this.media.forget(id, rooms);
  }

  /** Whether a LiveKit room belongs to a gathering (webhooks route by this). */
  ownsRoom(room: string): boolean {
    return parseRoomName(room) !== null;
  }

  /** LiveKit's webhook: someone entered or left a room of a gathering. */
  setInMedia(room: string, identity: string, inRoom: boolean): void {
    const g = this.fromRoom(room);
    if (!g) return;
    const m = g.member(identity);
    const before = m?.mediaRoom;
    this.media.presence(g, room, identity, inRoom);
    if (m && m.mediaRoom !== before) this.publishPresence(g);
  }

  trackPublished(room: string): void {
    const g = this.fromRoom(room);
    if (g) this.media.trackPublished(g, room);
  }

  liveMedia(): LiveMedia[] {
    return this.media.liveMedia(this.live.values());
  }

  /** Tells listeners and the media layer; every change ends here. */
  publish(g: LiveGathering): void {
    // This view carries any presence report still waiting.
    clearTimeout(this.presenceDue.get(g.id));
    this.presenceDue.delete(g.id);
    // A visit ends with its room: the next opening's `r1` is another room.
    for (const m of g.members.values())
      if (m.visiting && !g.context.rooms.some((r) => r.id === m.visiting)) m.visiting = null;
    this.listeners.forEach((l) => l.changed(g, 'everyone'));
    this.announce(g);
    this.media.sync(g);
  }

  private announce(g: LiveGathering): void {
    const { recallAt, broadcast } = g.context;
    const last = this.announced.get(g.id) ?? { recallAt: null, broadcastAt: null };
    const serverNow = this.deps.now();
    if (recallAt !== null && recallAt !== last.recallAt)
      this.listeners.forEach((l) => l.announce(g, 'breakouts:recalling', { recallAt, serverNow }));
    if (broadcast && broadcast.sentAt !== last.broadcastAt)
      this.listeners.forEach((l) => l.announce(g, 'breakouts:broadcast', broadcast));
    this.announced.set(g.id, { recallAt, broadcastAt: broadcast?.sentAt ?? null });
  }

  /**
   * Someone's socket or LiveKit presence changed: published with the other reports of the same
   * burst, within `PRESENCE_BATCH_MS`. What must happen at once (removing someone from a room
   * that is not theirs, enforcing a room they joined) was done by the caller already.
   */
  private publishPresence(g: LiveGathering): void {
    if (this.presenceDue.has(g.id)) return;
    const timer = setTimeout(() => {
      this.presenceDue.delete(g.id);
      if (this.live.get(g.id) === g) this.publish(g);
    }, PRESENCE_BATCH_MS);
    this.presenceDue.set(g.id, timer);
  }

  /** A change only the host and helpers see (device state). */
  publishToStaff(g: LiveGathering): void {
    this.listeners.forEach((l) => l.changed(g, 'staff'));
  }

  helpRequested(g: LiveGathering, m: LiveMember): void {
    const request = {
      identity: m.identity,
      name: m.name,
      place: g.placeOf(m.identity),
      at: m.needsHelpAt ?? this.deps.now(),
    };
    this.listeners.forEach((l) => l.help(g, request));
  }

  /** The gathering as the caller sees it now. */
  viewFor(caller: GatheringCaller): GatheringView {
    return gatheringViewFor(this.require(caller.gatheringId), caller.identity, this.deps.now());
  }

  close(): void {
    for (const timer of this.presenceDue.values()) clearTimeout(timer);
    this.presenceDue.clear();
    this.media.close();
    for (const g of this.live.values()) g.actor.stop();
    this.live.clear();
  }

  private placeLateArrival(g: LiveGathering, identity: string, role: GatheringRole): void {
    const c = g.context;
    if (role !== 'attendee' || g.stage !== 'breakouts' || c.assign === 'choice') return;
    if (roomOf(c, identity)) return;
    const room = roomWithSpace(c.rooms, c.size);
    if (room) g.actor.send({ type: 'member.place', identity, room });
  }

  private fromRoom(room: string): LiveGathering | undefined {
    const parsed = parseRoomName(room);
    if (!parsed) return undefined;
    try {
      return this.require(parsed.gatheringId);
    } catch {
      return undefined;
    }
  }

  private open(record: StoredGathering): LiveGathering {
    const g = openLiveGathering(
      {
        store: this.deps.store,
        machine: this.machine,
        logger: this.deps.logger,
        ...(this.deps.clock ? { clock: this.deps.clock } : {}),
      },
      record,
      (changed) => this.publish(changed),
    );
    this.live.set(record.id, g);
    return g;
  }
}

function roleForSecret(record: StoredGathering, secret: string): GatheringRole | null {
  const hash = hashSecret(secret);
  if (hash === record.hostSecretHash) return 'host';
  if (hash === record.helperSecretHash) return 'helper';
  if (hash === record.inviteSecretHash) return 'attendee';
  return null;
}
