import type {
  BreakoutPhaseView,
  BreakoutRoomView,
  GatheringMemberView,
  GatheringView,
} from '@intervision/shared';
import type { GatheringContext } from './gatheringMachine.js';
import { gatheringRights, positionOf } from './gatheringRights.js';
import type { LiveGathering, LiveMember } from './liveGathering.js';

/** The running phase, shared by every room (they run the format in step). */
function phaseView(c: GatheringContext): BreakoutPhaseView | null {
  const phase = c.format?.phases[c.phaseIndex];
  if (!phase || c.phaseStartedAt === null || c.phaseEndsAt === null) return null;
  return {
    id: phase.id,
    index: c.phaseIndex,
    title: phase.title,
    startedAt: c.phaseStartedAt,
    endsAt: c.phaseEndsAt,
    media: phase.media,
    guidance: phase.guidance,
  };
}

/** When the format ends: the current deadline plus every phase still to come. */
function formatDeadline(c: GatheringContext): number {
  const later = (c.format?.phases ?? [])
    .slice(c.phaseIndex + 1)
    .reduce((sum, p) => sum + p.seconds * 1000, 0);
  return (c.phaseEndsAt ?? c.phaseStartedAt ?? 0) + later;
}

/**
 * The gathering as one person sees it. Device state and help requests are for the host and
 * helpers: an attendee sees their own only.
 */
export function gatheringViewFor(g: LiveGathering, identity: string, now: number): GatheringView {
  const c = g.context;
  const viewer = g.member(identity);
  const staff = viewer?.role === 'host' || viewer?.role === 'helper';
  const phase = phaseView(c);
  const deadline = formatDeadline(c);
  const visitorsOf = (room: string) =>
    [...g.members.values()].filter((m) => m.visiting === room).map((m) => m.identity);
  const rooms: BreakoutRoomView[] = c.rooms.map((r, i) => ({
    id: r.id,
    label: `Room ${i + 1}`,
    members: [...r.members],
    visitors: visitorsOf(r.id),
    phase,
    deadline,
  }));
  const memberView = (m: LiveMember): GatheringMemberView => {
    const place = g.placeOf(m.identity);
    const own = m.identity === identity;
    return {
      identity: m.identity,
      name: m.name,
      role: m.role,
      place,
      connected: m.connections > 0,
      inMedia: m.mediaRoom !== null && m.mediaRoom === g.roomName(place),
      floor: m.role === 'host' || c.floor.includes(m.identity),
      handRaisedAt: m.handRaisedAt,
      needsHelpAt: staff || own ? m.needsHelpAt : null,
      device: staff || own ? m.device : null,
    };
  };
  const place = g.placeOf(identity);
  const subject = {
    identity,
    role: viewer?.role ?? 'attendee',
    place,
    visiting: !!viewer?.visiting && place === viewer.visiting,
  };
  return {
    id: g.id,
    title: g.record.title,
    stage: g.stage,
    maxParticipants: g.record.maxParticipants,
    assign: c.assign,
    format: c.format ? { id: c.format.id, title: c.format.title } : null,
    rooms,
    members: [...g.members.values()].map(memberView),
    broadcast: c.broadcast,
    recallAt: c.recallAt,
    self: {
      identity,
      role: subject.role,
      place,
      room: g.roomName(place),
      position: positionOf(c, subject),
      rights: gatheringRights(c, subject),
    },
    serverNow: now,
  };
}
