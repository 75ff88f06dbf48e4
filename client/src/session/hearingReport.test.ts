import { describe, expect, test } from 'vitest';
import { decodeHearing, encodeHearing } from './hearingReport';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('hearing reports', () => {
  test('survive the trip through a data message', () => {
    const report = { trackSid: 'TR_abc', hears: true };
    expect(decodeHearing(encodeHearing(report))).toEqual(report);
  });

  test.each([
    ['not JSON', 'hello'],
    ['not an object', '"TR_abc"'],
    ['without a track', '{"hears":true}'],
    ['with an empty track', '{"trackSid":"","hears":true}'],
    ['with a hearing that is not a boolean', '{"trackSid":"TR_abc","hears":"yes"}'],
    ['too long', JSON.stringify({ trackSid: 'x'.repeat(300), hears: true })],
  ])('are ignored when %s', (_name, text) => {
    expect(decodeHearing(bytes(text))).toBeNull();
  });
});
