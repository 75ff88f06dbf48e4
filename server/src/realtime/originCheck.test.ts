import { describe, expect, it } from 'vitest';
import { originAllowed } from './originCheck.js';

describe('originAllowed', () => {
  it.each([
    [undefined, true],
    ['https://app.example', true],
    ['https://evil.example', false],
    ['http://app.example', false],
    ['https://app.example:8443', false],
    ['null', false],
  ])('Origin %s is allowed: %s', (origin, allowed) => {
    expect(originAllowed(origin, 'https://app.example')).toBe(allowed);
  });
});
