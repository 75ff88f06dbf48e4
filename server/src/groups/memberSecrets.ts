import type { GroupRole } from '@intervision/shared';
import { hashSecret, newId, newSecret } from '../sessions/secrets.js';
import type { StoredMember } from '../store/groupStore.js';
import { calendarToken, groupCredential } from './groupCredentials.js';

/** The hashes a member's link secret leads to; the secret itself is never stored. */
export function secretHashes(secret: string): {
  credentialHash: string;
  calendarTokenHash: string;
} {
  const credential = groupCredential(secret);
  return {
    credentialHash: hashSecret(credential),
    calendarTokenHash: hashSecret(calendarToken(credential)),
  };
}

/** A new member (or facilitator) with a fresh personal link secret. */
export function newMember(
  groupId: string,
  name: string,
  role: GroupRole,
  now: number,
): { member: StoredMember; secret: string } {
  const secret = newSecret();
  return {
    secret,
    member: {
      groupId,
      id: newId(),
      name,
      role,
      ...secretHashes(secret),
      agreementAcceptedAt: null,
      createdAt: now,
    },
  };
}
