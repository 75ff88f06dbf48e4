import { PLENARY, type GatheringMember } from './gatheringContract';

/**
 * Whether a person's microphone may be on where they are: in a breakout room everyone speaks; in
 * the plenary the host and helpers do, and attendees only while they have the floor. The media
 * server enforces the same rule; this lets the page follow it without waiting to be refused.
 */
export function mayPublishAudio(me: GatheringMember): boolean {
  if (me.room !== PLENARY) return true;
  return me.role !== 'attendee' || me.hasFloor;
}
