import type { GatheringMemberView, GatheringView } from '@intervision/shared';

/** A person in a gathering, in the plenary, with nothing raised or asked. */
export function gatheringMember(
  identity: string,
  over: Partial<GatheringMemberView> = {},
): GatheringMemberView {
  return {
    identity,
    name: identity.charAt(0).toUpperCase() + identity.slice(1),
    role: 'attendee',
    place: 'plenary',
    connected: true,
    inMedia: true,
    floor: false,
    handRaisedAt: null,
    needsHelpAt: null,
    device: null,
    ...over,
  };
}

/** A gathering in the plenary as `self` sees it; tests add rooms and change places. */
export function gatheringView(
  members: GatheringMemberView[],
  self: string,
  over: Partial<GatheringView> = {},
): GatheringView {
  const me = members.find((m) => m.identity === self);
  return {
    id: 'g1',
    title: 'Network day',
    stage: 'plenary',
    maxParticipants: 100,
    assign: null,
    format: null,
    rooms: [],
    members,
    broadcast: null,
    recallAt: null,
    self: {
      identity: self,
      role: me?.role ?? 'attendee',
      place: me?.place ?? 'plenary',
      room: `gathering-g1${me && me.place !== 'plenary' ? `-${me.place}` : ''}`,
      position: null,
      rights: { microphone: me?.role !== 'attendee', camera: true, reason: null },
    },
    serverNow: 0,
    ...over,
  };
}
