import { randomBytes } from 'node:crypto';

/**
 * The server's hidden listener in a session's media room is `airtime:listener-…`, and every
 * identity starting `airtime:` is the server's. Member identities are base64url and never contain
 * a colon, so no member can be taken for a listener, nor a listener for a member.
 */
const PREFIX = 'airtime:';

/**
 * A new identity for each connection of a session's hidden listener (`airtime:listener-<random>`).
 * Not one fixed name: a listener joining again after its process died would otherwise share the
 * identity of its own ghost, which LiveKit still holds until it times out.
 */
export function airtimeListenerIdentity(): string {
  return `${PREFIX}listener-${randomBytes(6).toString('base64url')}`;
}

/** Whether an identity in a media room is one of the server's hidden listeners. */
export function isAirtimeIdentity(identity: string): boolean {
  return identity.startsWith(PREFIX);
}
