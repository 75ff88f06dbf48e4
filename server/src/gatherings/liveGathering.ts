import {
  PLENARY,
  type DeviceStatus,
  type GatheringPlace,
  type GatheringRole,
  type GatheringStage,
} from '@intervision/shared';
import type { Actor } from 'xstate';
import type { StoredGathering, StoredGatheringMember } from '../store/gatheringStore.js';
import { roomOf, type GatheringContext, type GatheringMachine } from './gatheringMachine.js';
import { livekitRoomName } from './roomNames.js';

/** One person's live state; only name and role are stored, the rest lives while the gathering runs. */
export interface LiveMember {
  identity: string;
  name: string;
  role: GatheringRole;
  credentialHash: string;
  joinedAt: number;
  /** Open sockets. */
  connections: number;
  /** The LiveKit room LiveKit last reported them in, or null. */
  mediaRoom: string | null;
  handRaisedAt: number | null;
  needsHelpAt: number | null;
  device: DeviceStatus | null;
  /** The breakout a helper or the host is visiting, or null. */
  visiting: string | null;
}

/** A gathering held in memory: its stored record, its machine and everyone's live state. */
export class LiveGathering {
  readonly members = new Map<string, LiveMember>();

  constructor(
    readonly record: StoredGathering,
    readonly actor: Actor<GatheringMachine>,
    stored: StoredGatheringMember[],
  ) {
    for (const m of stored) this.addMember(m);
  }

  get id(): string {
    return this.record.id;
  }

  get context(): GatheringContext {
    return this.actor.getSnapshot().context;
  }

  get stage(): GatheringStage {
    const value = this.actor.getSnapshot().value;
    return value === 'breakouts' || value === 'recalling' ? value : 'plenary';
  }

  addMember(m: StoredGatheringMember): LiveMember {
    const live: LiveMember = {
      identity: m.identity,
      name: m.name,
      role: m.role,
      credentialHash: m.credentialHash,
      joinedAt: m.joinedAt,
      connections: 0,
      mediaRoom: null,
      handRaisedAt: null,
      needsHelpAt: null,
      device: null,
      visiting: null,
    };
    this.members.set(m.identity, live);
    return live;
  }

  member(identity: string): LiveMember | undefined {
    return this.members.get(identity);
  }

  /** Where someone is: the breakout they visit, the breakout they belong to, or the plenary. */
  placeOf(identity: string): GatheringPlace {
    const m = this.members.get(identity);
    if (m?.visiting && this.context.rooms.some((r) => r.id === m.visiting)) return m.visiting;
    return roomOf(this.context, identity) ?? PLENARY;
  }

  /**
   * Everyone's place at once, as `placeOf` gives it one by one: a pass over every member (a move
   * of everyone, the rights of every room) costs one walk of the rooms instead of one per person.
   */
  places(): Map<string, GatheringPlace> {
    const rooms = this.context.rooms;
    const open = new Set(rooms.map((r) => r.id));
    const belongs = new Map<string, GatheringPlace>();
    for (const r of rooms) for (const id of r.members) if (!belongs.has(id)) belongs.set(id, r.id);
    const out = new Map<string, GatheringPlace>();
    for (const m of this.members.values()) {
      const visits = m.visiting !== null && open.has(m.visiting);
      out.set(m.identity, visits && m.visiting ? m.visiting : (belongs.get(m.identity) ?? PLENARY));
    }
    return out;
  }

  /** The LiveKit room name of a place in the current breakouts. */
  roomName(place: GatheringPlace): string {
    return livekitRoomName(this.id, this.context.round, place);
  }

  /** Attendees with an open socket: who `random` and `choice` share out. */
  presentAttendees(): string[] {
    return [...this.members.values()]
      .filter((m) => m.role === 'attendee' && m.connections > 0)
      .map((m) => m.identity);
  }

  attendeeCount(): number {
    return [...this.members.values()].filter((m) => m.role === 'attendee').length;
  }
}
