/**
 * The server's hidden listeners in a media room are named `airtime:<identity of the one they
 * listen to>`. Member identities are base64url and never contain a colon, so no member can be
 * taken for a listener, nor a listener for a member.
 */
const PREFIX = 'airtime:';

/** The hidden listener's identity for one member. */
export function airtimeIdentity(target: string): string {
  return `${PREFIX}${target}`;
}

/** Whether an identity in a media room is one of the server's hidden listeners. */
export function isAirtimeIdentity(identity: string): boolean {
  return identity.startsWith(PREFIX);
}
