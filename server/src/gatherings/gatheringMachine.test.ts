import { DYAD_SUPERVISION, GATHERING_LIMITS, openTalk } from '@intervision/shared';
import { createActor, SimulatedClock } from 'xstate';
import { describe, expect, it } from 'vitest';
import { createGatheringMachine, roomOf } from './gatheringMachine.js';

const T0 = 1_800_000_000_000;

/** Steps a second at a time so each timer fires at its own instant, as in the session tests. */
function advance(clock: SimulatedClock, ms: number): void {
  for (let left = ms; left > 0; left -= 1000) clock.increment(Math.min(1000, left));
}

const PAIRS = [
  { id: 'r1', members: ['a', 'b'] },
  { id: 'r2', members: ['c', 'd'] },
];

function harness(snapshot?: unknown, clock = new SimulatedClock()) {
  if (snapshot === undefined) clock.set(T0);
  const machine = createGatheringMachine(() => clock.now());
  const actor = createActor(machine, {
    clock,
    ...(snapshot ? { snapshot: snapshot as never } : {}),
  });
  actor.start();
  const ctx = () => actor.getSnapshot().context;
  const stage = () => actor.getSnapshot().value;
  const openDyads = () =>
    actor.send({
      type: 'breakouts.open',
      assign: 'random',
      size: 2,
      format: DYAD_SUPERVISION,
      rooms: PAIRS,
    });
  return { clock, actor, ctx, stage, openDyads };
}

describe('gathering machine', () => {
  it('opens breakouts with the first phase deadline as an absolute time', () => {
    const h = harness();
    h.openDyads();
    expect(h.stage()).toBe('breakouts');
    expect(h.ctx().round).toBe(1);
    expect(h.ctx().phaseIndex).toBe(0);
    expect(h.ctx().phaseEndsAt).toBe(T0 + 180_000);
    expect(roomOf(h.ctx(), 'c')).toBe('r2');
  });

  it('runs every dyad phase on its deadline, then recalls with a 30 second warning', () => {
    const h = harness();
    h.openDyads();
    advance(h.clock, 180_000);
    expect(h.ctx().phaseIndex).toBe(1);
    expect(h.ctx().phaseEndsAt).toBe(T0 + 300_000);
    advance(h.clock, 120_000 + 180_000 + 120_000);
    expect(h.stage()).toBe('recalling');
    expect(h.ctx().recallAt).toBe(T0 + 600_000 + GATHERING_LIMITS.recallWarningMs);
    advance(h.clock, GATHERING_LIMITS.recallWarningMs - 1000);
    expect(h.stage()).toBe('recalling');
    advance(h.clock, 1000);
    expect(h.stage()).toBe('plenary');
    expect(h.ctx().rooms).toEqual([]);
  });

  it('closing starts the recall warning and everyone is back in the plenary 30 seconds later', () => {
    const h = harness();
    h.openDyads();
    advance(h.clock, 10_000);
    h.actor.send({ type: 'breakouts.close' });
    expect(h.stage()).toBe('recalling');
    expect(h.ctx().recallAt).toBe(T0 + 10_000 + 30_000);
    advance(h.clock, 30_000);
    expect(h.stage()).toBe('plenary');
    expect(roomOf(h.ctx(), 'a')).toBeNull();
  });

  it('an extend moves the current deadline and is refused past the total allowed', () => {
    const h = harness();
    h.openDyads();
    h.actor.send({ type: 'breakouts.extend', seconds: 60 });
    expect(h.ctx().phaseEndsAt).toBe(T0 + 240_000);
    advance(h.clock, 180_000);
    expect(h.ctx().phaseIndex).toBe(0);
    advance(h.clock, 60_000);
    expect(h.ctx().phaseIndex).toBe(1);
    const before = h.ctx();
    h.actor.send({ type: 'breakouts.extend', seconds: GATHERING_LIMITS.extendTotalSecondsMax });
    expect(h.ctx()).toEqual(before);
  });

  it('a restored snapshot ends the phase at its original wall-clock deadline', () => {
    const h = harness();
    h.actor.send({
      type: 'breakouts.open',
      assign: 'host',
      size: 2,
      format: openTalk(6),
      rooms: PAIRS,
    });
    advance(h.clock, 100_000);
    const stored = JSON.parse(JSON.stringify(h.actor.getPersistedSnapshot())) as unknown;
    h.actor.stop();
    // The process was down for 200 s; the new one restores and re-arms.
    const clock = new SimulatedClock();
    clock.set(T0 + 300_000);
    const restored = harness(stored, clock);
    restored.actor.send({ type: 'clock.rearm' });
    expect(restored.stage()).toBe('breakouts');
    expect(restored.ctx().phaseEndsAt).toBe(T0 + 360_000);
    advance(clock, 59_000);
    expect(restored.stage()).toBe('breakouts');
    advance(clock, 1000);
    expect(restored.stage()).toBe('recalling');
    expect(restored.ctx().recallAt).toBe(T0 + 390_000);
  });

  it('places a person in a known room and ignores an unknown one', () => {
    const h = harness();
    h.openDyads();
    h.actor.send({ type: 'member.place', identity: 'a', room: 'r2' });
    expect(h.ctx().rooms.find((r) => r.id === 'r2')?.members).toEqual(['c', 'd', 'a']);
    expect(roomOf(h.ctx(), 'a')).toBe('r2');
    const before = h.ctx();
    h.actor.send({ type: 'member.place', identity: 'b', room: 'r9' });
    expect(h.ctx()).toEqual(before);
    h.actor.send({ type: 'member.place', identity: 'b', room: null });
    expect(roomOf(h.ctx(), 'b')).toBeNull();
  });

  it('gives and takes the floor in the plenary', () => {
    const h = harness();
    h.actor.send({ type: 'floor.give', identity: 'a' });
    h.actor.send({ type: 'floor.give', identity: 'a' });
    expect(h.ctx().floor).toEqual(['a']);
    h.actor.send({ type: 'floor.take', identity: 'a' });
    expect(h.ctx().floor).toEqual([]);
  });

  it('does not open breakouts twice', () => {
    const h = harness();
    h.openDyads();
    advance(h.clock, 5000);
    h.openDyads();
    expect(h.ctx().round).toBe(1);
    expect(h.ctx().phaseEndsAt).toBe(T0 + 180_000);
  });
});
