import {
  GATHERING_LIMITS,
  PLENARY,
  type GatheringLiveKitDetails,
  type GatheringMoved,
  type Role,
} from '@intervision/shared';
import type { Logger } from 'pino';
import type { DesiredMedia, LiveMedia, MediaGateway } from '../media/index.js';
import { gatheringRights } from './gatheringRights.js';
import type { LiveGathering, LiveMember } from './liveGathering.js';

/**
 * How long LiveKit keeps a gathering's plenary room while nobody is in it. Everyone may be in
 * breakouts for hours (the longest format, extensions up to 2 h, the recall); with LiveKit's usual
 * 60 s the plenary was closed under them, and the recall's joins were refused ("requested room does
 * not exist"). The room is deleted with the gathering.
 */
export const PLENARY_KEEP_EMPTY_SECONDS = 6 * 3600;

/** How many rooms of a finished opening are deleted at once. */
const DELETE_LANES = 8;

/** LiveKit metadata carries a session role; the host chairs, everyone else is a peer. */
const mediaRole = (m: LiveMember): Role => (m.role === 'host' ? 'chair' : 'peer');

export interface GatheringMediaDeps {
  media: MediaGateway;
  logger: Logger;
  /** Tells one person's sockets where to connect now. */
  moved(gatheringId: string, identity: string, moved: GatheringMoved): void;
  /** How long a moved person may stay in the old room; `GATHERING_LIMITS.moveGraceMs` by default. */
  moveGraceMs?: number;
}

/**
 * The gathering side of the SFU. Each place is its own LiveKit room (LiveKit's move API is
 * Cloud-only): a move issues a token for the new room and tells the person, who reconnects; the
 * server then removes them from the old room as soon as LiveKit reports them in the new one, or
 * after the grace period. A person LiveKit reports in a room that is not theirs is removed from it,
 * so a modified client cannot stay behind. Breakout rooms left empty by a recall are deleted.
 */
export class GatheringMedia {
  /** The LiveKit room each person was last sent to, per gathering. */
  private readonly sentTo = new Map<string, Map<string, string>>();
  /** The breakout rooms of each gathering's current opening. */
  private readonly breakoutRooms = new Map<string, Set<string>>();
  /** The room each moved person is leaving, until LiveKit reports them in the new one. */
  private readonly leaving = new Map<string, Map<string, string>>();
  private readonly timers = new Set<NodeJS.Timeout>();
  /** What each room was last enforced with (identities and rights), to skip passes that change nothing. */
  private readonly enforced = new Map<string, string>();
  private readonly graceMs: number;

  constructor(private readonly deps: GatheringMediaDeps) {
    this.graceMs = deps.moveGraceMs ?? GATHERING_LIMITS.moveGraceMs;
  }

  get enabled(): boolean {
    return this.deps.media.mode !== 'disabled';
  }

  /** A token for the room of someone's place now, or null when media cannot be reached. */
  async token(g: LiveGathering, identity: string): Promise<GatheringLiveKitDetails | null> {
    const m = g.member(identity);
    if (!m || !this.enabled) return null;
    const place = g.placeOf(identity);
    const room = g.roomName(place);
    try {
      const details = await this.deps.media.issueToken({
        sessionId: room,
        identity,
        name: m.name,
        role: mediaRole(m),
        ...(place === PLENARY ? { keepEmptySeconds: PLENARY_KEEP_EMPTY_SECONDS } : {}),
      });
      return { ...details, room };
    } catch (err) {
      this.deps.logger.warn({ gatheringId: g.id, err }, 'no media token: media server unavailable');
      return null;
    }
  }

  /**
   * After a stored change (or a visit): everyone whose room changed is sent a token for the new
   * one, rooms of a finished opening are deleted, and every room follows its rights.
   */
  sync(g: LiveGathering): void {
    const sent = this.sentTo.get(g.id) ?? new Map<string, string>();
    this.sentTo.set(g.id, sent);
    const places = g.places();
    for (const m of g.members.values()) {
      const room = g.roomName(places.get(m.identity) ?? PLENARY);
      const before = sent.get(m.identity) ?? g.roomName(PLENARY);
      sent.set(m.identity, room);
      if (before !== room) void this.move(g, m.identity, before);
    }
    const current = new Set(g.context.rooms.map((r) => g.roomName(r.id)));
    const previous = this.breakoutRooms.get(g.id) ?? new Set<string>();
    const gone = [...previous].filter((r) => !current.has(r));
    this.breakoutRooms.set(g.id, current);
    if (gone.length > 0 && this.enabled) this.later(() => this.deleteRooms(g.id, gone));
    this.enforceAll(g);
  }

  /** LiveKit reports someone joined or left a room of this gathering. */
  presence(g: LiveGathering, room: string, identity: string, inRoom: boolean): void {
    const m = g.member(identity);
    if (!m) return;
    if (!inRoom) {
      if (m.mediaRoom === room) m.mediaRoom = null;
      return;
    }
    const theirs = g.roomName(g.placeOf(identity));
    if (room !== theirs) {
      // An old token used after a move, or a client that never left: not their room any more.
      void this.remove(room, identity);
      return;
    }
    m.mediaRoom = room;
    const from = this.leaving.get(g.id)?.get(identity);
    if (from !== undefined && from !== room) {
      this.leaving.get(g.id)?.delete(identity);
      void this.remove(from, identity);
    }
    this.enforce(g, room);
  }

  /** A track appeared: hold its publisher to the rights of the room at once. */
  trackPublished(g: LiveGathering, room: string): void {
    this.enforce(g, room);
  }

  /** What every room of every gathering should allow, for the periodic reconciler. */
  liveMedia(gatherings: Iterable<LiveGathering>): LiveMedia[] {
    const out: LiveMedia[] = [];
    for (const g of gatherings) {
      const desired = this.desiredByRoom(g);
      for (const room of this.roomsOf(g)) {
        out.push({ sessionId: room, status: 'running', desired: desired.get(room) ?? [] });
      }
    }
    return out;
  }

  /** A deleted gathering: its rooms are deleted (and never created again) and nothing is kept. */
  async forget(gatheringId: string, rooms: string[]): Promise<void> {
    this.sentTo.delete(gatheringId);
    this.leaving.delete(gatheringId);
    const breakouts = this.breakoutRooms.get(gatheringId) ?? new Set<string>();
    this.breakoutRooms.delete(gatheringId);
    if (this.enabled) await this.deleteRooms(gatheringId, [...new Set([...rooms, ...breakouts])]);
  }

  close(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  private async move(g: LiveGathering, identity: string, from: string): Promise<void> {
    const livekit = await this.token(g, identity);
    this.deps.moved(g.id, identity, { place: g.placeOf(identity), livekit });
    if (!this.enabled) return;
    const leaving = this.leaving.get(g.id) ?? new Map<string, string>();
    this.leaving.set(g.id, leaving);
    leaving.set(identity, from);
    this.later(() => {
      if (leaving.get(identity) === from) leaving.delete(identity);
      // Still sent elsewhere: whatever they hold in the old room goes now.
      if (this.sentTo.get(g.id)?.get(identity) !== from) void this.remove(from, identity);
    });
  }

  private roomsOf(g: LiveGathering): string[] {
    return [g.roomName(PLENARY), ...g.context.rooms.map((r) => g.roomName(r.id))];
  }

  /**
   * What each room of the gathering should allow, in one pass over everyone: a burst of joins
   * after a move of 100 people asks this once per join, so it must not walk every room per person.
   */
  private desiredByRoom(g: LiveGathering): Map<string, DesiredMedia[]> {
    const out = new Map<string, DesiredMedia[]>(this.roomsOf(g).map((room) => [room, []]));
    const places = g.places();
    for (const m of g.members.values()) {
      const place = places.get(m.identity) ?? PLENARY;
      const room = g.roomName(place);
      const visiting = m.visiting !== null && m.visiting === place;
      const r = gatheringRights(g.context, { identity: m.identity, role: m.role, place, visiting });
      const wanted: DesiredMedia = {
        identity: m.identity,
        role: mediaRole(m),
        rights: {
          microphone: r.microphone,
          camera: r.camera,
          screenShare: r.camera,
          reason: r.reason,
        },
        inRoom: m.mediaRoom === room,
      };
      const list = out.get(room);
      if (list) list.push(wanted);
      else out.set(room, [wanted]);
    }
    return out;
  }

  private enforce(g: LiveGathering, room: string): void {
    if (!this.enabled) return;
    void this.deps.media.enforce(room, this.desiredByRoom(g).get(room) ?? []);
  }

  /**
   * Enforces the rooms whose wanted rights changed since they were last enforced: a raised hand or
   * a help request changes no one's rights and costs LiveKit nothing. Joins and published tracks
   * enforce their room directly, and the reconciler goes over every room now and then.
   */
  private enforceAll(g: LiveGathering): void {
    const desired = this.desiredByRoom(g);
    for (const room of this.roomsOf(g)) {
      const wanted = desired.get(room) ?? [];
      const key = JSON.stringify(wanted.map((d) => [d.identity, d.rights]));
      if (this.enforced.get(room) === key) continue;
      this.enforced.set(room, key);
      if (this.enabled) void this.deps.media.enforce(room, wanted);
    }
  }

  private async remove(room: string, identity: string): Promise<void> {
    if (this.enabled) await this.deps.media.removeParticipant(room, identity);
  }

  /**
   * A few rooms at a time: one after another, the 50 rooms of 100 people in pairs took LiveKit
   * half a minute to delete, and the last stragglers' old rooms stayed open all that while.
   */
  private async deleteRooms(gatheringId: string, rooms: string[]): Promise<void> {
    const queue = [...rooms];
    const lane = async () => {
      for (let room = queue.shift(); room !== undefined; room = queue.shift()) {
        this.enforced.delete(room);
        await this.deps.media.deleteRoom(room);
      }
    };
    await Promise.all(Array.from({ length: Math.min(DELETE_LANES, rooms.length) }, lane));
    this.deps.logger.info({ gatheringId, rooms: rooms.length }, 'breakout rooms deleted');
  }

  private later(run: () => Promise<void> | void): void {
    const t = setTimeout(() => {
      this.timers.delete(t);
      Promise.resolve(run()).catch((err: unknown) =>
        this.deps.logger.warn({ err }, 'gathering media clean-up failed'),
      );
    }, this.graceMs);
    this.timers.add(t);
  }
}
