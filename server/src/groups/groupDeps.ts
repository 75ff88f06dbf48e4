import type { Logger } from 'pino';
import type { MediaGateway } from '../media/index.js';
import type { SessionService } from '../sessions/sessionService.js';
import { ServiceError } from '../sessions/serviceError.js';
import type { GroupStore, StoredGroup, StoredMember } from '../store/groupStore.js';
import type { SessionStore } from '../store/sessionStore.js';

/** What every part of the groups service works with. */
export interface GroupDeps {
  store: SessionStore & GroupStore;
  sessions: SessionService;
  media: MediaGateway;
  logger: Logger;
  publicUrl: string;
  now: () => number;
  /** A scheduled meeting's room opens this long before its start (`GROUP_MEETING_OPENS_MINUTES`). */
  opensMinutes: number;
}

/** Who is behind a group credential. */
export interface GroupCaller {
  group: StoredGroup;
  member: StoredMember;
  /** The credential itself: meeting credentials and the calendar token derive from it. */
  credential: string;
}

export async function requireGroup(deps: GroupDeps, groupId: string): Promise<StoredGroup> {
  const group = await deps.store.getGroup(groupId);
  if (!group) throw new ServiceError('not_found', 'No such group.');
  return group;
}

export function requireFacilitator(caller: GroupCaller, what: string): void {
  if (caller.member.role !== 'facilitator') {
    throw new ServiceError('forbidden', `Only the facilitator can ${what}.`);
  }
}

const base = (deps: GroupDeps) => deps.publicUrl.replace(/\/$/, '');

/** `<PUBLIC_URL>/g/<id>`: a member's page, without any secret. */
export const groupUrl = (deps: GroupDeps, groupId: string): string => `${base(deps)}/g/${groupId}`;

export const personalUrl = (deps: GroupDeps, groupId: string, secret: string): string =>
  `${groupUrl(deps, groupId)}#k=${secret}`;

export const enrolUrl = (deps: GroupDeps, groupId: string, secret: string): string =>
  `${groupUrl(deps, groupId)}/enrol#k=${secret}`;

export const calendarUrl = (deps: GroupDeps, groupId: string, token: string): string =>
  `${base(deps)}/api/groups/${groupId}/calendar.ics?token=${token}`;

/** A one-to-one group: the one-to-one method with one practitioner beside the facilitator. */
export const isOneToOne = (group: StoredGroup): boolean =>
  group.methodId === 'one-to-one' && group.maxMembers === 1;
