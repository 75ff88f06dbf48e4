import {
  findMethod,
  GROUP_LIMITS,
  type AddMemberResponse,
  type CreateGroupRequest,
  type CreateGroupResponse,
  type EnterGroupResponse,
  type PatchGroupRequest,
} from '@intervision/shared';
import { hashSecret, newId, newSecret } from '../sessions/secrets.js';
import { ServiceError } from '../sessions/serviceError.js';
import { calendarToken, groupCredential } from './groupCredentials.js';
import {
  enrolUrl,
  personalUrl,
  requireFacilitator,
  requireGroup,
  type GroupCaller,
  type GroupDeps,
} from './groupDeps.js';
import { removeFromLiveMeetings } from './liveMeetingRemoval.js';
import { newMember, secretHashes } from './memberSecrets.js';
import { validateSchedule } from './schedule.js';

/** Creates a group: its facilitator (the creator) and its enrolment link. */
export function createGroup(deps: GroupDeps, req: CreateGroupRequest): CreateGroupResponse {
  const method = findMethod(req.method);
  if (!method) throw new ServiceError('bad_request', `Unknown method "${req.method}".`);
  const durations = req.durations ?? {};
  const unknown = Object.keys(durations).filter((id) => !method.phases.some((p) => p.id === id));
  if (unknown.length > 0) {
    throw new ServiceError('bad_request', `Unknown phase ids: ${unknown.join(', ')}.`);
  }
  const now = deps.now();
  if (req.schedule) validateSchedule(req.schedule, now);
  const id = newId();
  const enrolSecret = newSecret();
  const facilitator = newMember(id, 'Facilitator', 'facilitator', now);
  deps.store.createGroup(
    {
      id,
      title: req.title,
      methodId: method.id,
      durations: Object.fromEntries(
        method.phases.map((p) => [p.id, durations[p.id] ?? p.defaultSeconds]),
      ),
      maxMembers: req.maxMembers ?? GROUP_LIMITS.defaultMaxMembers,
      agreement: req.agreement ?? '',
      enrolSecretHash: hashSecret(enrolSecret),
      enrolmentOpen: true,
      schedule: req.schedule ?? null,
      createdAt: now,
    },
    facilitator.member,
  );
  deps.logger.info({ groupId: id }, 'group created');
  return {
    id,
    facilitatorUrl: personalUrl(deps, id, facilitator.secret),
    enrolUrl: enrolUrl(deps, id, enrolSecret),
  };
}

/**
 * Enters by link. A personal (or the facilitator's) secret gives that member again, with the same
 * credential on every device; the enrolment secret with a name makes a new member, while enrolment
 * is open and the group has room.
 */
export function enterGroup(
  deps: GroupDeps,
  groupId: string,
  secret: string,
  name: string | undefined,
): EnterGroupResponse {
  const group = requireGroup(deps, groupId);
  if (hashSecret(secret) === group.enrolSecretHash) {
    if (!group.enrolmentOpen) {
      throw new ServiceError('forbidden', 'Enrolment for this group is closed.');
    }
    if (!name) throw new ServiceError('bad_request', 'name: a name is required to enrol.');
    const enrolled = addMember(deps, groupId, name);
    return {
      credential: groupCredential(enrolled.secret),
      memberId: enrolled.memberId,
      role: 'member',
      personalUrl: enrolled.personalUrl,
    };
  }
  const credential = groupCredential(secret);
  const member = deps.store.findMemberByCredentialHash(groupId, hashSecret(credential));
  if (!member) throw new ServiceError('unauthorized', 'This link is not valid for this group.');
  return {
    credential,
    memberId: member.id,
    role: member.role,
    personalUrl: personalUrl(deps, groupId, secret),
  };
}

/** The member behind a group credential, in this group only. */
export function authenticateMember(
  deps: GroupDeps,
  groupId: string,
  credential: string,
): GroupCaller {
  const group = requireGroup(deps, groupId);
  const member = deps.store.findMemberByCredentialHash(groupId, hashSecret(credential));
  if (!member) throw new ServiceError('unauthorized', 'Unknown credential for this group.');
  return { group, member, credential };
}

/** The member behind a calendar token (a subscription URL); it opens the calendar only. */
export function authenticateCalendar(deps: GroupDeps, groupId: string, token: string) {
  const group = requireGroup(deps, groupId);
  const member = deps.store.findMemberByCalendarTokenHash(groupId, hashSecret(token));
  if (!member) throw new ServiceError('unauthorized', 'Unknown calendar token for this group.');
  return { group, member };
}

function addMember(
  deps: GroupDeps,
  groupId: string,
  name: string,
): AddMemberResponse & { secret: string } {
  const group = requireGroup(deps, groupId);
  const { member, secret } = newMember(groupId, name, 'member', deps.now());
  if (!deps.store.addMemberWithinCap(member, group.maxMembers)) {
    throw new ServiceError('session_full', `This group is full (${group.maxMembers} members).`);
  }
  deps.logger.info({ groupId, memberId: member.id }, 'group member added');
  return { memberId: member.id, personalUrl: personalUrl(deps, groupId, secret), secret };
}

/** The facilitator adds a member by name and gets the personal link to send them. */
export function addMemberByFacilitator(
  deps: GroupDeps,
  caller: GroupCaller,
  name: string,
): AddMemberResponse {
  requireFacilitator(caller, 'add members');
  const { memberId, personalUrl: url } = addMember(deps, caller.group.id, name);
  return { memberId, personalUrl: url };
}

/** Removes a member: their link and credentials stop at once, also inside a live meeting. */
export function removeMember(deps: GroupDeps, caller: GroupCaller, memberId: string): void {
  requireFacilitator(caller, 'remove members');
  const member = deps.store.getMember(caller.group.id, memberId);
  if (!member) throw new ServiceError('not_found', 'No such member in this group.');
  if (member.role === 'facilitator') {
    throw new ServiceError('bad_request', 'The facilitator cannot be removed.');
  }
  deps.store.removeMember(caller.group.id, memberId);
  removeFromLiveMeetings(deps, caller.group.id, caller.member.id, memberId);
  deps.logger.info({ groupId: caller.group.id, memberId }, 'group member removed');
}

/** A new personal link for a member who lost theirs: the old link stops working. */
export function renewLink(deps: GroupDeps, caller: GroupCaller, memberId: string): string {
  requireFacilitator(caller, 'renew links');
  const member = deps.store.getMember(caller.group.id, memberId);
  if (!member) throw new ServiceError('not_found', 'No such member in this group.');
  const secret = newSecret();
  const hashes = secretHashes(secret);
  deps.store.setMemberSecrets(
    caller.group.id,
    memberId,
    hashes.credentialHash,
    hashes.calendarTokenHash,
  );
  if (memberId !== caller.member.id) {
    removeFromLiveMeetings(deps, caller.group.id, caller.member.id, memberId);
  }
  return personalUrl(deps, caller.group.id, secret);
}

export function acceptAgreement(deps: GroupDeps, caller: GroupCaller): void {
  deps.store.acceptAgreement(caller.group.id, caller.member.id, deps.now());
}

export function patchGroup(deps: GroupDeps, caller: GroupCaller, req: PatchGroupRequest): void {
  requireFacilitator(caller, 'change the group');
  if (req.maxMembers !== undefined) {
    const members = deps.store.listMembers(caller.group.id).filter((m) => m.role === 'member');
    if (req.maxMembers < members.length) {
      throw new ServiceError(
        'bad_request',
        `maxMembers: the group already has ${members.length} members; remove some first.`,
      );
    }
  }
  deps.store.updateGroup(caller.group.id, req);
}

/** The caller's subscribable calendar token. */
export const calendarTokenOf = (caller: GroupCaller): string => calendarToken(caller.credential);
