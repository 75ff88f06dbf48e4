import { describe, expect, it } from 'vitest';
import { originAllowed } from './originCheck.js';

describe('originAllowed', () => {
  it.each([
    [undefined, true],
    ['https://app.example', true],
    ['https://evil.example', false],
    ['http://app.example', false],
    ['https://app.example:8443', false],
    ['https://app.example.evil.example', false],
    ['null', false],
    ['', false],
  ])('with a public origin, Origin %j is allowed: %s', (origin, allowed) => {
    expect(originAllowed(origin, 'https://app.example')).toBe(allowed);
  });

  it.each([
    ['http://localhost:3000', true],
    ['http://127.0.0.1:3000', true],
    ['http://[::1]:3000', true],
    ['http://127.0.0.1:5173', false],
    ['https://127.0.0.1:3000', false],
    ['http://127.0.0.2:3000', false],
    ['http://localhost.evil.example:3000', false],
    ['null', false],
  ])('with a loopback public origin, Origin %j is allowed: %s', (origin, allowed) => {
    expect(originAllowed(origin, 'http://localhost:3000')).toBe(allowed);
  });
});
