import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { calendarToken, groupCredential, meetingCredential } from './groupCredentials.js';

describe('credentials derived from a link', () => {
  it('are the same on every device: the group credential is HMAC-SHA256(secret, "group-credential")', () => {
    const expected = createHmac('sha256', 'link-secret')
      .update('group-credential')
      .digest('base64url');
    expect(groupCredential('link-secret')).toBe(expected);
    expect(groupCredential('link-secret')).toBe(groupCredential('link-secret'));
  });

  it('differ per meeting, per member and from the calendar token', () => {
    const anna = groupCredential('anna-secret');
    const ben = groupCredential('ben-secret');
    expect(meetingCredential(anna, 'session-1')).toBe(meetingCredential(anna, 'session-1'));
    expect(meetingCredential(anna, 'session-1')).not.toBe(meetingCredential(anna, 'session-2'));
    expect(meetingCredential(anna, 'session-1')).not.toBe(meetingCredential(ben, 'session-1'));
    expect(calendarToken(anna)).toBe(
      createHmac('sha256', anna).update('calendar').digest('base64url'),
    );
    expect(calendarToken(anna)).not.toBe(anna);
  });

  it('are url-safe', () => {
    expect(groupCredential('x')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
