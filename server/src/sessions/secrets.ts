import { createHash, randomBytes } from 'node:crypto';

/** An unguessable url-safe secret (link keys, credentials). */
export function newSecret(bytes = 24): string {
  return randomBytes(bytes).toString('base64url');
}

/** Secrets are stored only as hashes, so a leaked database file grants no access. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}

/** Session and participant ids: unguessable too, since they appear in urls and LiveKit. */
export function newId(): string {
  return randomBytes(12).toString('base64url');
}
