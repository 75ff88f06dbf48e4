import type { AddMemberResponse, PatchGroupRequest } from '@intervision/shared';
import { newSecret } from '../sessions/secrets.js';
import { ServiceError } from '../sessions/serviceError.js';
import {
  personalUrl,
  requireFacilitator,
  requireGroup,
  type GroupCaller,
  type GroupDeps,
} from './groupDeps.js';
import { removeFromLiveMeetings } from './liveMeetingRemoval.js';
import { newMember, secretHashes } from './memberSecrets.js';

/** Adds a member under the cap; answers their new link and its secret. */
export async function addMember(
  deps: GroupDeps,
  groupId: string,
  name: string,
): Promise<AddMemberResponse & { secret: string }> {
  const group = await requireGroup(deps, groupId);
  const { member, secret } = newMember(groupId, name, 'member', deps.now());
  if (!(await deps.store.addMemberWithinCap(member, group.maxMembers))) {
    throw new ServiceError('session_full', `This group is full (${group.maxMembers} members).`);
  }
  deps.logger.info({ groupId, memberId: member.id }, 'group member added');
  return { memberId: member.id, personalUrl: personalUrl(deps, groupId, secret), secret };
}

/** The facilitator adds a member by name and gets the personal link to send them. */
export async function addMemberByFacilitator(
  deps: GroupDeps,
  caller: GroupCaller,
  name: string,
): Promise<AddMemberResponse> {
  requireFacilitator(caller, 'add members');
  const { memberId, personalUrl: url } = await addMember(deps, caller.group.id, name);
  return { memberId, personalUrl: url };
}

/** Removes a member: their link and credentials stop at once, also inside a live meeting. */
export async function removeMember(
  deps: GroupDeps,
  caller: GroupCaller,
  memberId: string,
): Promise<void> {
  requireFacilitator(caller, 'remove members');
  const member = await deps.store.getMember(caller.group.id, memberId);
  if (!member) throw new ServiceError('not_found', 'No such member in this group.');
  if (member.role === 'facilitator') {
    throw new ServiceError('bad_request', 'The facilitator cannot be removed.');
  }
  await deps.store.removeMember(caller.group.id, memberId);
  await removeFromLiveMeetings(deps, caller.group.id, caller.member.id, memberId);
  deps.logger.info({ groupId: caller.group.id, memberId }, 'group member removed');
}

/** A new personal link for a member who lost theirs: the old link stops working. */
export async function renewLink(
  deps: GroupDeps,
  caller: GroupCaller,
  memberId: string,
): Promise<string> {
  requireFacilitator(caller, 'renew links');
  const member = await deps.store.getMember(caller.group.id, memberId);
  if (!member) throw new ServiceError('not_found', 'No such member in this group.');
  const secret = newSecret();
  const hashes = secretHashes(secret);
  await deps.store.setMemberSecrets(
    caller.group.id,
    memberId,
    hashes.credentialHash,
    hashes.calendarTokenHash,
  );
  if (memberId !== caller.member.id) {
    await removeFromLiveMeetings(deps, caller.group.id, caller.member.id, memberId);
  }
  return personalUrl(deps, caller.group.id, secret);
}

export function acceptAgreement(deps: GroupDeps, caller: GroupCaller): Promise<void> {
  return deps.store.acceptAgreement(caller.group.id, caller.member.id, deps.now());
}

export async function patchGroup(
  deps: GroupDeps,
  caller: GroupCaller,
  req: PatchGroupRequest,
): Promise<void> {
  requireFacilitator(caller, 'change the group');
  if (req.maxMembers !== undefined) {
    const members = (await deps.store.listMembers(caller.group.id)).filter(
      (m) => m.role === 'member',
    );
    if (req.maxMembers < members.length) {
      throw new ServiceError(
        'bad_request',
        `maxMembers: the group already has ${members.length} members; remove some first.`,
      );
    }
  }
  await deps.store.updateGroup(caller.group.id, req);
}
