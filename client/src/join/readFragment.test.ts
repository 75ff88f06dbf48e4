import { describe, expect, test } from 'vitest';
import { readFragment } from './readFragment';

const KEY = 'q9Zc3Qk1u6o0Hc8vT4m5yJf2wXbN7aLdR0pS1eGhIjK';

describe('readFragment', () => {
  test.each([
    ['a full link', `#k=secret_1&e=${KEY}`, { secret: 'secret_1', mediaKey: KEY }],
    ['the key before the secret', `#e=${KEY}&k=secret_1`, { secret: 'secret_1', mediaKey: KEY }],
    ['a link without its key', '#k=secret_1', { secret: 'secret_1', mediaKey: null }],
    ['a cut-off key', `#k=secret_1&e=${KEY.slice(0, 10)}`, { secret: 'secret_1', mediaKey: null }],
    ['a key with foreign characters', `#k=s&e=${KEY.slice(1)}%`, { secret: 's', mediaKey: null }],
    ['an empty fragment', '', { secret: null, mediaKey: null }],
    ['a key without a secret', `#e=${KEY}`, { secret: null, mediaKey: KEY }],
    ['a malformed secret', `#k=a b&e=${KEY}`, { secret: null, mediaKey: KEY }],
  ])('reads %s', (_what, hash, expected) => {
    expect(readFragment(hash)).toEqual(expected);
  });
});
