import { createHmac } from 'node:crypto';

const hmac = (key: string, message: string) =>
  createHmac('sha256', key).update(message).digest('base64url');

/**
 * The group credential a link's secret gives: derived, not random, so every device and tab that
 * opens the same link is the same member. Only its hash is stored.
 */
export const groupCredential = (linkSecret: string): string => hmac(linkSecret, 'group-credential');

/** A member's credential for one meeting's session; the same on every device and every join. */
export const meetingCredential = (groupCredentialValue: string, sessionId: string): string =>
  hmac(groupCredentialValue, sessionId);

/** The token in a member's subscribable calendar URL; it opens the calendar and nothing else. */
export const calendarToken = (groupCredentialValue: string): string =>
  hmac(groupCredentialValue, 'calendar');
