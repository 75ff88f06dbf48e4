import { describe, expect, it } from 'vitest';
import { commandLine, parseListenerLine } from './listenerProtocol.js';

describe('parseListenerLine', () => {
  it.each([
    ['{"ev":"ready"}', { ev: 'ready' }],
    ['{"ev":"joined","key":"s1#1"}', { ev: 'joined', key: 's1#1' }],
    [
      '{"ev":"speaking","key":"s1#1","identity":"anna","speaking":false}',
      { ev: 'speaking', key: 's1#1', identity: 'anna', speaking: false },
    ],
    ['{"ev":"left","key":"s1#1"}', { ev: 'left', key: 's1#1' }],
    [
      '{"ev":"left","key":"s1#1","error":"could not join"}',
      { ev: 'left', key: 's1#1', error: 'could not join' },
    ],
  ])('reads %s as an event', (line, event) => {
    expect(parseListenerLine(line)).toEqual({ ok: true, event });
  });

  it.each([
    ['half a line', '{"ev":"joined","key":'],
    ['an unknown event', '{"ev":"exploded","key":"k"}'],
    ['a speaking event without its flag', '{"ev":"speaking","key":"k","identity":"a"}'],
    ['a flag that is a string', '{"ev":"speaking","key":"k","identity":"a","speaking":"yes"}'],
    ['an event without its key', '{"ev":"joined"}'],
    ['an empty key', '{"ev":"left","key":""}'],
    ['a JSON array', '[1,2]'],
  ])('refuses %s', (_what, line) => {
    expect(parseListenerLine(line)).toMatchObject({ ok: false, error: expect.any(String) });
  });
});

describe('commandLine', () => {
  it('writes one JSON object and a newline, which the sidecar reads back whole', () => {
    const line = commandLine({ op: 'join', key: 's#1', url: 'ws://x', token: 't', targets: ['a'] });
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toContain('\n');
    expect(JSON.parse(line)).toEqual({
      op: 'join',
      key: 's#1',
      url: 'ws://x',
      token: 't',
      targets: ['a'],
    });
  });
});
