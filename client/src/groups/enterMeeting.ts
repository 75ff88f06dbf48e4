import { credentialStore } from '../api/credentialStore';
import type { StoredGroupMembership } from './groupCredentialStore';
import { groupsApi } from './groupsApi';

/**
 * Joins the meeting's session with the group credential and hands over to the room at `/s/:id`,
 * which finds the membership in this browser and enters without asking for a name.
 */
export async function enterMeeting(
  groupId: string,
  meetingId: string,
  membership: StoredGroupMembership,
  name: string,
): Promise<void> {
  const res = await groupsApi.joinMeeting(groupId, membership.credential, meetingId);
  const before = credentialStore.load(res.sessionId);
  credentialStore.save(res.sessionId, {
    credential: res.credential,
    identity: res.identity,
    role: res.role,
    name,
    mediaKey: membership.mediaKey,
    micOn: before?.micOn ?? true,
    camOn: before?.camOn ?? true,
    ...(before?.audioDeviceId && { audioDeviceId: before.audioDeviceId }),
    ...(before?.videoDeviceId && { videoDeviceId: before.videoDeviceId }),
  });
  window.location.assign(`/s/${encodeURIComponent(res.sessionId)}`);
}
