import { describe, expect, it } from 'vitest';
import { AirtimeMeter } from './airtimeMeter.js';

function meter() {
  let t = 1_000_000;
  const m = new AirtimeMeter(() => t);
  return { m, at: (ms: number) => (t = 1_000_000 + ms) };
}

describe('AirtimeMeter', () => {
  it('sums each speaking interval from the moment someone appears among the speakers to when they leave', () => {
    const { m, at } = meter();
    m.speakers(['a']);
    at(3_000);
    m.speakers(['a', 'b']);
    at(5_000);
    m.speakers(['b']);
    at(6_000);
    m.speakers([]);
    expect(m.report()).toEqual({
      a: { phaseMs: 5_000, sessionMs: 5_000 },
      b: { phaseMs: 3_000, sessionMs: 3_000 },
    });
    expect(m.anyoneSpeaking).toBe(false);
  });

  it('counts an interval still open up to now, without counting it twice later', () => {
    const { m, at } = meter();
    m.speakers(['a']);
    at(2_000);
    expect(m.report().a).toEqual({ phaseMs: 2_000, sessionMs: 2_000 });
    expect(m.anyoneSpeaking).toBe(true);
    at(3_000);
    m.speakers([]);
    expect(m.report().a).toEqual({ phaseMs: 3_000, sessionMs: 3_000 });
  });

  it('starts the phase count again at a phase change and keeps the session total', () => {
    const { m, at } = meter();
    m.speakers(['a']);
    at(4_000);
    m.phaseChanged();
    at(5_000);
    m.speakers([]);
    expect(m.report().a).toEqual({ phaseMs: 1_000, sessionMs: 5_000 });
  });

  it('a repeated report of the same speakers changes nothing', () => {
    const { m, at } = meter();
    m.speakers(['a']);
    at(1_000);
    m.speakers(['a']);
    at(2_000);
    m.speakers([]);
    expect(m.report().a?.sessionMs).toBe(2_000);
  });
});
