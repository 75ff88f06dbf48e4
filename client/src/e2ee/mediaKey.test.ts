import { describe, expect, test } from 'vitest';
import { generateMediaKey, isMediaKey, mediaKeyBytes, withMediaKey } from './mediaKey';

describe('media key', () => {
  test('a generated key is 256 bits of base64url text that reads back as 32 bytes', () => {
    const key = generateMediaKey();
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(mediaKeyBytes(key)?.byteLength).toBe(32);
  });

  test('two generated keys differ', () => {
    const keys = new Set(Array.from({ length: 20 }, generateMediaKey));
    expect(keys.size).toBe(20);
  });

  test('the bytes round-trip through the text', () => {
    const key = generateMediaKey();
    const bytes = new Uint8Array(mediaKeyBytes(key)!);
    const again = btoa(String.fromCharCode(...bytes))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
    expect(again).toBe(key);
  });

  test.each([
    ['empty', ''],
    ['shorter than 128 bits', 'AAAAAAAAAAAAAAAAAAAAA'],
    ['with characters outside base64url', `${'A'.repeat(42)}+`],
    ['with padding', `${'A'.repeat(42)}=`],
    ['an impossible length', 'A'.repeat(45)],
    ['longer than 512 bits', 'A'.repeat(90)],
  ])('text that is %s is not a key', (_why, text) => {
    expect(isMediaKey(text)).toBe(false);
    expect(mediaKeyBytes(text)).toBeNull();
  });

  test('a 128-bit key is accepted', () => {
    expect(isMediaKey('A'.repeat(22))).toBe(true);
  });

  test('the key is added to the fragment beside the secret', () => {
    expect(withMediaKey('https://x.test/s/abc#k=secret', 'KEY_-1')).toBe(
      'https://x.test/s/abc#k=secret&e=KEY_-1',
    );
  });
});
