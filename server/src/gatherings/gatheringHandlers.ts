import {
  PLENARY,
  type GatheringCommandName,
  type GatheringCommandPayload,
  type GatheringCommandReply,
} from '@intervision/shared';
import { ServiceError } from '../sessions/serviceError.js';
import { emptyRooms, hostRooms, shuffled, splitIntoRooms } from './breakoutPlan.js';
import { gatheringExtendAllowed, roomOf } from './gatheringMachine.js';
import type { GatheringCaller, GatheringService } from './gatheringService.js';
import type { LiveGathering, LiveMember } from './liveGathering.js';
import { resolveFormat } from './resolveFormat.js';

type Handler<N extends GatheringCommandName> = (
  caller: GatheringCaller,
  payload: GatheringCommandPayload<N>,
) => GatheringCommandReply<N> | Promise<GatheringCommandReply<N>>;

export type GatheringHandlers = { [N in GatheringCommandName]: Handler<N> };

const refuse = (message: string): never => {
  throw new ServiceError('invalid_transition', message);
};

/** An attendee of this gathering, or `not_found`. */
function attendee(g: LiveGathering, identity: string): LiveMember {
  const m = g.member(identity);
  if (!m || m.role !== 'attendee') throw new ServiceError('not_found', 'No such attendee.');
  return m;
}

/** Someone the host can give the floor to (an attendee or a helper), or `not_found`. */
function speaker(g: LiveGathering, identity: string): LiveMember {
  const m = g.member(identity);
  if (!m || m.role === 'host') throw new ServiceError('not_found', 'No such attendee or helper.');
  return m;
}

/** A breakout room of the current opening, or `not_found`. */
function knownRoom(g: LiveGathering, room: string): string {
  if (room !== PLENARY && !g.context.rooms.some((r) => r.id === room))
    throw new ServiceError('not_found', `No such room: ${room}.`);
  return room;
}

/**
 * One handler per gathering command, each after the role and payload checks. Every state check
 * comes before the first change, so a refused command changes nothing.
 */
export function gatheringHandlers(
  service: GatheringService,
  random: () => number = Math.random,
): GatheringHandlers {
  const now = () => service.deps.now();
  const live = (c: GatheringCaller) => service.require(c.gatheringId);
  const self = (c: GatheringCaller) => {
    const g = live(c);
    const m = g.member(c.identity);
    if (!m) throw new ServiceError('unauthorized', 'Unknown credential.');
    return { g, m };
  };
  const moveReply = async (g: LiveGathering, identity: string) => ({
    place: g.placeOf(identity),
    livekit: await service.media.token(g, identity),
  });

  return {
    'breakouts:open': (c, p) => {
      const g = live(c);
      if (g.stage !== 'plenary') refuse('Breakouts are already open.');
      const format = resolveFormat(p.format, p.minutes);
      let rooms;
      if (p.assign === 'host') {
        const seen = new Set<string>();
        for (const id of (p.assignments ?? []).flat()) {
          attendee(g, id);
          if (seen.has(id))
            throw new ServiceError('bad_request', `assignments: ${id} is in two rooms.`);
          seen.add(id);
        }
        rooms = hostRooms(p.assignments ?? []);
      } else {
        const present = g.presentAttendees();
        if (present.length === 0) refuse('Nobody is here to go into breakout rooms.');
        rooms =
          p.assign === 'random'
            ? splitIntoRooms(shuffled(present, random), p.size)
            : emptyRooms(present.length, p.size);
      }
      g.actor.send({ type: 'breakouts.open', assign: p.assign, size: p.size, format, rooms });
      return {};
    },
    'breakouts:broadcast': (c, p) => {
      const g = live(c);
      if (g.stage === 'plenary') refuse('No breakout rooms are open.');
      g.actor.send({ type: 'breakouts.broadcast', text: p.text });
      return {};
    },
    'breakouts:extend': (c, p) => {
      const g = live(c);
      if (g.stage !== 'breakouts') refuse('No breakout rooms are running.');
      if (!gatheringExtendAllowed(g.context, p.seconds))
        refuse('The breakouts cannot be extended any further.');
      g.actor.send({ type: 'breakouts.extend', seconds: p.seconds });
      return {};
    },
    'breakouts:close': (c) => {
      const g = live(c);
      if (g.stage !== 'breakouts') refuse('No breakout rooms are running.');
      g.actor.send({ type: 'breakouts.close' });
      return {};
    },
    'participant:move': (c, p) => {
      const g = live(c);
      attendee(g, p.identity);
      const room = knownRoom(g, p.room);
      if (g.stage === 'plenary') refuse('No breakout rooms are open.');
      g.actor.send({
        type: 'member.place',
        identity: p.identity,
        room: room === PLENARY ? null : room,
      });
      return {};
    },
    'floor:give': (c, p) => {
      const g = live(c);
      speaker(g, p.identity);
      g.actor.send({ type: 'floor.give', identity: p.identity });
      return {};
    },
    'floor:take': (c, p) => {
      const g = live(c);
      speaker(g, p.identity);
      g.actor.send({ type: 'floor.take', identity: p.identity });
      return {};
    },
    'participant:visit': async (c, p) => {
      const { g, m } = self(c);
      const room = knownRoom(g, p.room);
      m.visiting = room === PLENARY ? null : room;
      service.publish(g);
      return moveReply(g, c.identity);
    },
    'room:choose': async (c, p) => {
      const { g, m } = self(c);
      if (g.stage !== 'breakouts' || g.context.assign !== 'choice')
        refuse('Rooms are not open for choosing.');
      if (m.role !== 'attendee') refuse('Only attendees choose a room.');
      const room = knownRoom(g, p.room);
      if (room === PLENARY) {
        g.actor.send({ type: 'member.place', identity: c.identity, room: null });
      } else if (roomOf(g.context, c.identity) !== room) {
        const members = g.context.rooms.find((r) => r.id === room)?.members ?? [];
        if (members.length >= g.context.size)
          throw new ServiceError('room_full', 'That room is full; choose another.');
        g.actor.send({ type: 'member.place', identity: c.identity, room });
      }
      return moveReply(g, c.identity);
    },
    'hand:raise': (c) => {
      const { g, m } = self(c);
      if (m.handRaisedAt === null) {
        m.handRaisedAt = now();
        service.publish(g);
      }
      return {};
    },
    'hand:lower': (c, p) => {
      const { g, m } = self(c);
      const target = p && 'identity' in p ? p.identity : c.identity;
      if (target !== c.identity && m.role !== 'host')
        throw new ServiceError('forbidden', "Only the host lowers someone else's hand.");
      const t = g.member(target);
      if (!t) throw new ServiceError('not_found', 'No such participant.');
      if (t.handRaisedAt !== null) {
        t.handRaisedAt = null;
        service.publish(g);
      }
      return {};
    },
    'help:request': (c) => {
      const { g, m } = self(c);
      if (m.needsHelpAt === null) {
        m.needsHelpAt = now();
        service.helpRequested(g, m);
        service.publish(g);
      }
      return {};
    },
    'help:cancel': (c, p) => {
      const { g, m } = self(c);
      const target = p && 'identity' in p ? p.identity : c.identity;
      if (target !== c.identity && m.role === 'attendee')
        throw new ServiceError(
          'forbidden',
          "Only helpers and the host clear someone else's request.",
        );
      const t = g.member(target);
      if (!t) throw new ServiceError('not_found', 'No such participant.');
      if (t.needsHelpAt !== null) {
        t.needsHelpAt = null;
        service.publish(g);
      }
      return {};
    },
    'status:report': (c, p) => {
      const { g, m } = self(c);
      m.device = { ...p, reportedAt: now() };
      service.publishToStaff(g);
      return {};
    },
    'clock:sync': (_c, p) => ({ clientSentAt: p.clientSentAt, serverNow: now() }),
    'gathering:get': (c) => ({ view: service.viewFor(c) }),
  };
}
