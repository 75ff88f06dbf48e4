/**
 * The media key: 256 random bits, made in the chair's browser and carried only in the links'
 * fragments (`#k=<secret>&e=<key>`), which browsers never send to any server. Every member's
 * browser derives the same encryption key from it, so neither our server nor the media server can
 * see or hear the session.
 */
const KEY_BYTES = 32;
/** At least 128 bits; at most what we would ever generate, so a pasted essay is refused. */
const MIN_BYTES = 16;
const MAX_BYTES = 64;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** A fresh key from the browser's cryptographic random source, as base64url text. */
export function generateMediaKey(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(KEY_BYTES)));
}

/** The key's bytes, or null when the text is not a key we could have made (too short, not base64url). */
export function mediaKeyBytes(text: string): ArrayBuffer | null {
  const bytes = fromBase64Url(text);
  if (!bytes || bytes.length < MIN_BYTES || bytes.length > MAX_BYTES) return null;
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

export function isMediaKey(text: string): boolean {
  return mediaKeyBytes(text) !== null;
}

/** A chair or invite link from the server (`…#k=<secret>`) with the media key added to its fragment. */
export function withMediaKey(url: string, key: string): string {
  return `${url}&e=${key}`;
}
