import {
  PLENARY,
  type BreakoutPhaseView,
  type BreakoutRoomView,
  type GatheringMemberView,
  type GatheringView,
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
 * The gathering's views after one change: what everyone shares is built once, and each person's
 * view adds their own place and rights. Device state and help requests are for the host and
 * helpers; an attendee sees only their own.
 */
export function gatheringViews(g: LiveGathering, now: number): (identity: string) => GatheringView {
  const c = g.context;
  const phase = phaseView(c);
  const deadline = formatDeadline(c);
  const rooms: BreakoutRoomView[] = c.rooms.map((r, i) => ({
    id: r.id,
    label: `Room ${i + 1}`,
    members: [...r.members],
    visitors: [],
    phase,
    deadline,
  }));
  const roomById = new Map(rooms.map((r) => [r.id, r]));
  const placeById = new Map<string, string>();
  for (const r of c.rooms) for (const id of r.members) placeById.set(id, r.id);
  const placeOf = (m: LiveMember) =>
    m.visiting && roomById.has(m.visiting) ? m.visiting : (placeById.get(m.identity) ?? PLENARY);
  const staffMembers: GatheringMemberView[] = [...g.members.values()].map((m) => {
    const place = placeOf(m);
    if (m.visiting && place === m.visiting) roomById.get(place)?.visitors.push(m.identity);
    return {
      identity: m.identity,
      name: m.name,
      role: m.role,
      place,
      connected: m.connections > 0,
      inMedia: m.mediaRoom !== null && m.mediaRoom === g.roomName(place),
      floor: m.role === 'host' || c.floor.includes(m.identity),
      handRaisedAt: m.handRaisedAt,
      needsHelpAt: m.needsHelpAt,
      device: m.device,
    };
  });
  const attendeeMembers = staffMembers.map((m) => ({ ...m, needsHelpAt: null, device: null }));
  const base = {
    id: g.id,
    title: g.record.title,
    stage: g.stage,
    maxParticipants: g.record.maxParticipants,
    assign: c.assign,
    format: c.format ? { id: c.format.id, title: c.format.title } : null,
    rooms,
    broadcast: c.broadcast,
    recallAt: c.recallAt,
    serverNow: now,
  };

  return (identity) => {
    const viewer = g.member(identity);
    const role = viewer?.role ?? 'attendee';
    const staff = role === 'host' || role === 'helper';
    const members = staff
      ? staffMembers
      : attendeeMembers.map((m, i) => (m.identity === identity ? (staffMembers[i] ?? m) : m));
    const place = viewer ? placeOf(viewer) : PLENARY;
    const subject = {
      identity,
      role,
      place,
      visiting: !!viewer?.visiting && place === viewer.visiting,
    };
    return {
      ...base,
      members,
      self: {
        identity,
        role,
        place,
        room: g.roomName(place),
        position: positionOf(c, subject),
        rights: gatheringRights(c, subject),
      },
    };
  };
}

/** The gathering as one person sees it now. */
export function gatheringViewFor(g: LiveGathering, identity: string, now: number): GatheringView {
  return gatheringViews(g, now)(identity);
}
