/**
 * The server's hidden listener in a session's media room is `airtime:listener`, and every
 * identity starting `airtime:` is the server's. Member identities are base64url and never contain
 * a colon, so no member can be taken for a listener, nor a listener for a member.
 */
const PREFIX = 'airtime:';

/** The identity of the one hidden airtime listener in each session's media room. */
export const AIRTIME_LISTENER_IDENTITY = `${PREFIX}listener`;

/** Whether an identity in a media room is one of the server's hidden listeners. */
export function isAirtimeIdentity(identity: string): boolean {
  return identity.startsWith(PREFIX);
}
