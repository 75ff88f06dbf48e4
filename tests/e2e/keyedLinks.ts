import { randomBytes } from 'node:crypto';

/**
 * The server's links carry only the join secret (`#k=<secret>`); the chair's browser adds the media
 * key (`&e=<key>`, 256 random bits in base64url) before showing them. Sessions a suite creates
 * through the API get their key here, in the same shape, so the browser can join them.
 */
export function newMediaKey(): string {
  return randomBytes(32).toString('base64url');
}

export function withMediaKey(url: string, key: string): string {
  return `${url}&e=${key}`;
}

/** Both links of a session created through the API, keyed as the create page would key them. */
export function keyedLinks<T extends { chairUrl: string; inviteUrl: string }>(
  created: T,
  key: string = newMediaKey(),
): T & { mediaKey: string } {
  return {
    ...created,
    chairUrl: withMediaKey(created.chairUrl, key),
    inviteUrl: withMediaKey(created.inviteUrl, key),
    mediaKey: key,
  };
}
