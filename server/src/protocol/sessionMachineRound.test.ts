import { createActor, SimulatedClock } from 'xstate';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '@intervision/shared';
import { createSessionMachine, type SessionEvent } from './sessionMachine.js';
import { commandRefusal } from './commandRefusal.js';
import { sessionStatus } from './sessionStatus.js';

const T0 = 1_800_000_000_000;
const PHASES = [
  { id: 'presentation', seconds: 600 },
  { id: 'second-round', seconds: 600 },
];

/** Steps a second at a time so each timer fires at its own instant (see sessionMachine.test.ts). */
function advance(clock: SimulatedClock, ms: number): void {
  for (let left = ms; left > 0; left -= 1000) clock.increment(Math.min(1000, left));
}

function harness() {
  const clock = new SimulatedClock();
  clock.set(T0);
  const machine = createSessionMachine(() => clock.now());
  const input = { phases: PHASES, autoAdvance: true, requiresPresenter: false };
  const actor = createActor(machine, { clock, input });
  actor.start();
  actor.send({ type: 'session.start' });
  const round = () => actor.getSnapshot().context.round ?? null;
  const speaker = () => {
    const r = round();
    return r ? r.order[r.index] : null;
  };
  const refusal = (event: SessionEvent) => commandRefusal(actor.getSnapshot(), event);
  const start = (strict = true) =>
    actor.send({ type: 'round.start', order: ['a', 'b', 'c'], secondsPerTurn: 60, strict });
  return { clock, machine, input, actor, round, speaker, refusal, start };
}

describe('speaking rounds in the session machine', () => {
  it('starts a round with the first speaker and an absolute turn deadline', () => {
    const h = harness();
    advance(h.clock, 5_000);
    h.start();
    expect(h.round()).toMatchObject({
      order: ['a', 'b', 'c'],
      index: 0,
      strict: true,
      turnEndsAt: T0 + 5_000 + 60_000,
      remainingMs: null,
    });
  });

  it('gives the turn to the next speaker when a turn runs out, and ends the round after the last', () => {
    const h = harness();
    h.start();
    advance(h.clock, 59_000);
    expect(h.speaker()).toBe('a');
    advance(h.clock, 1_000);
    expect(h.speaker()).toBe('b');
    expect(h.round()?.turnEndsAt).toBe(T0 + 120_000);
    advance(h.clock, 60_000);
    expect(h.speaker()).toBe('c');
    advance(h.clock, 60_000);
    expect(h.round()).toBeNull();
    expect(h.actor.getSnapshot().context.phaseIndex).toBe(0);
  });

  it('next, previous and done move the turn, each with a fresh turn', () => {
    const h = harness();
    h.start();
    advance(h.clock, 10_000);
    h.actor.send({ type: 'round.next' });
    expect(h.speaker()).toBe('b');
    expect(h.round()?.turnEndsAt).toBe(T0 + 70_000);
    advance(h.clock, 10_000);
    h.actor.send({ type: 'round.previous' });
    expect(h.speaker()).toBe('a');
    expect(h.round()?.turnEndsAt).toBe(T0 + 80_000);
    h.actor.send({ type: 'round.done', identity: 'a' });
    expect(h.speaker()).toBe('b');
  });

  it('counts done only from the speaker and refuses anyone else with not_your_turn', () => {
    const h = harness();
    h.start();
    expect(h.refusal({ type: 'round.done', identity: 'b' })?.code).toBe('not_your_turn');
    h.actor.send({ type: 'round.done', identity: 'b' });
    expect(h.speaker()).toBe('a');
  });

  it('ends the round on next from the last speaker, and on end', () => {
    const h = harness();
    h.start();
    h.actor.send({ type: 'round.next' });
    h.actor.send({ type: 'round.next' });
    h.actor.send({ type: 'round.next' });
    expect(h.round()).toBeNull();
    h.start();
    h.actor.send({ type: 'round.end' });
    expect(h.round()).toBeNull();
  });

  it('refuses round commands without a round with no_round, and previous on the first turn', () => {
    const h = harness();
    for (const type of ['round.next', 'round.previous', 'round.end'] as const) {
      expect(h.refusal({ type })?.code).toBe('no_round');
    }
    expect(h.refusal({ type: 'round.extend', seconds: 60 })?.code).toBe('no_round');
    expect(h.refusal({ type: 'round.done', identity: 'a' })?.code).toBe('no_round');
    h.start();
    expect(h.refusal({ type: 'round.previous' })?.code).toBe('invalid_transition');
  });

  it('refuses a round in the lobby', () => {
    const clock = new SimulatedClock();
    const actor = createActor(
      createSessionMachine(() => clock.now()),
      {
        clock,
        input: { phases: PHASES, autoAdvance: true, requiresPresenter: false },
      },
    );
    actor.start();
    const event: SessionEvent = {
      type: 'round.start',
      order: ['a'],
      secondsPerTurn: 60,
      strict: false,
    };
    expect(commandRefusal(actor.getSnapshot(), event)?.code).toBe('invalid_transition');
  });

  it('extend moves the turn deadline, bounded in all per turn', () => {
    const h = harness();
    h.start();
    h.actor.send({ type: 'round.extend', seconds: 60 });
    expect(h.round()?.turnEndsAt).toBe(T0 + 120_000);
    advance(h.clock, 119_000);
    expect(h.speaker()).toBe('a');
    advance(h.clock, 1_000);
    expect(h.speaker()).toBe('b');
    const most = LIMITS.turnExtendTotalSecondsMax;
    h.actor.send({ type: 'round.extend', seconds: most });
    expect(h.refusal({ type: 'round.extend', seconds: 1 })?.code).toBe('invalid_transition');
  });

  it('pause stops the turn clock and resume continues from what it had left', () => {
    const h = harness();
    h.start();
    advance(h.clock, 20_000);
    h.actor.send({ type: 'phase.pause' });
    expect(h.round()?.remainingMs).toBe(40_000);
    advance(h.clock, 300_000);
    expect(h.speaker()).toBe('a');
    h.actor.send({ type: 'round.next' });
    expect(h.round()).toMatchObject({ index: 1, remainingMs: 60_000 });
    h.actor.send({ type: 'phase.resume' });
    expect(h.round()).toMatchObject({ remainingMs: null, turnEndsAt: T0 + 320_000 + 60_000 });
    advance(h.clock, 60_000);
    expect(h.speaker()).toBe('c');
  });

  it('a phase change ends the round, and so does the end of the session', () => {
    const h = harness();
    h.start();
    h.actor.send({ type: 'phase.next' });
    expect(h.round()).toBeNull();
    h.start();
    h.actor.send({ type: 'session.end' });
    expect(sessionStatus(h.actor.getSnapshot())).toBe('ended');
    expect(h.round()).toBeNull();
  });

  it('after a restore the turn ends at its original wall-clock deadline with the same speaker', () => {
    const h = harness();
    h.start();
    advance(h.clock, 70_000);
    const persisted = JSON.parse(JSON.stringify(h.actor.getPersistedSnapshot()));
    h.actor.stop();
    const clock = new SimulatedClock();
    clock.set(h.clock.now() + 20_000);
    const restored = createActor(
      createSessionMachine(() => clock.now()),
      {
        clock,
        input: h.input,
        snapshot: persisted,
      },
    );
    restored.start();
    restored.send({ type: 'clock.rearm' });
    const r = () => restored.getSnapshot().context.round;
    expect(r()).toMatchObject({ index: 1, turnEndsAt: T0 + 120_000 });
    advance(clock, 29_000);
    expect(r()?.index).toBe(1);
    advance(clock, 1_000);
    expect(r()).toMatchObject({ index: 2, turnEndsAt: T0 + 180_000 });
  });
});
