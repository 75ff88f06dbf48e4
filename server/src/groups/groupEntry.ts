import type { EnterGroupResponse } from '@intervision/shared';
import { hashSecret } from '../sessions/secrets.js';
import { ServiceError } from '../sessions/serviceError.js';
import { calendarToken, groupCredential } from './groupCredentials.js';
import { personalUrl, requireGroup, type GroupCaller, type GroupDeps } from './groupDeps.js';
import { addMember } from './groupMembership.js';

/**
 * Enters by link. A personal (or the facilitator's) secret gives that member again, with the same
 * credential on every device; the enrolment secret with a name makes a new member, while enrolment
 * is open and the group has room.
 */
export async function enterGroup(
  deps: GroupDeps,
  groupId: string,
  secret: string,
  name: string | undefined,
): Promise<EnterGroupResponse> {
  const group = await requireGroup(deps, groupId);
  if (hashSecret(secret) === group.enrolSecretHash) {
    if (!group.enrolmentOpen) {
      throw new ServiceError('forbidden', 'Enrolment for this group is closed.');
    }
    if (!name) throw new ServiceError('bad_request', 'name: a name is required to enrol.');
    const enrolled = await addMember(deps, groupId, name);
    return {
      credential: groupCredential(enrolled.secret),
      memberId: enrolled.memberId,
      role: 'member',
      personalUrl: enrolled.personalUrl,
    };
  }
  const credential = groupCredential(secret);
  const member = await deps.store.findMemberByCredentialHash(groupId, hashSecret(credential));
  if (!member) throw new ServiceError('unauthorized', 'This link is not valid for this group.');
  return {
    credential,
    memberId: member.id,
    role: member.role,
    personalUrl: personalUrl(deps, groupId, secret),
  };
}

/** The member behind a group credential, in this group only. */
export async function authenticateMember(
  deps: GroupDeps,
  groupId: string,
  credential: string,
): Promise<GroupCaller> {
  const group = await requireGroup(deps, groupId);
  const member = await deps.store.findMemberByCredentialHash(groupId, hashSecret(credential));
  if (!member) throw new ServiceError('unauthorized', 'Unknown credential for this group.');
  return { group, member, credential };
}

/** The member behind a calendar token (a subscription URL); it opens the calendar only. */
export async function authenticateCalendar(deps: GroupDeps, groupId: string, token: string) {
  const group = await requireGroup(deps, groupId);
  const member = await deps.store.findMemberByCalendarTokenHash(groupId, hashSecret(token));
  if (!member) throw new ServiceError('unauthorized', 'Unknown calendar token for this group.');
  return { group, member };
}

/** The caller's subscribable calendar token. */
export const calendarTokenOf = (caller: GroupCaller): string => calendarToken(caller.credential);
