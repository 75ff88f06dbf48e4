import { createActor, SimulatedClock, type SnapshotFrom } from 'xstate';
import { describe, expect, it } from 'vitest';
import { createSessionMachine, RESUME_MIN_MS, type SessionMachineInput } from './sessionMachine.js';
import { sessionStatus } from './sessionStatus.js';
import { commandRefusal } from './commandRefusal.js';
import { LIMITS } from '@intervision/shared';

const T0 = 1_800_000_000_000;

/**
 * SimulatedClock.increment jumps straight to the end and fires every due timer at that time, so a
 * phase entered on the way would start late. Stepping a second at a time keeps each timer firing
 * at its own instant (every duration here is a whole number of seconds).
 */
function advance(clock: SimulatedClock, ms: number): void {
  for (let left = ms; left > 0; left -= 1000) clock.increment(Math.min(1000, left));
}
const PHASES = [
  { id: 'presentation', seconds: 120 },
  { id: 'muted-reflection', seconds: 30 },
  { id: 'presenter-response', seconds: 90 },
];

function harness(overrides: Partial<SessionMachineInput> = {}) {
  const clock = new SimulatedClock();
  clock.set(T0);
  const machine = createSessionMachine(() => clock.now());
  const input: SessionMachineInput = {
    phases: PHASES,
    autoAdvance: true,
    requiresPresenter: true,
    ...overrides,
  };
  const actor = createActor(machine, { clock, input });
  const warnings: Array<{ phaseId: string; endsAt: number; at: number }> = [];
  actor.on('phase.warning', (e) =>
    warnings.push({ phaseId: e.phaseId, endsAt: e.endsAt, at: clock.now() }),
  );
  actor.start();
  const ctx = () => actor.getSnapshot().context;
  const phaseId = () => PHASES[ctx().phaseIndex]?.id;
  const status = () => sessionStatus(actor.getSnapshot());
  const startWithPresenter = () => {
    actor.send({ type: 'presenter.set', identity: 'p1' });
    actor.send({ type: 'session.start' });
  };
  return { clock, machine, input, actor, warnings, ctx, phaseId, status, startWithPresenter };
}

describe('session machine', () => {
  it('starts in the lobby and cannot start without a presenter when the method needs one', () => {
    const h = harness();
    expect(h.status()).toBe('lobby');
    expect(h.actor.getSnapshot().can({ type: 'session.start' })).toBe(false);
    h.actor.send({ type: 'session.start' });
    expect(h.status()).toBe('lobby');
  });

  it('starts without a presenter when the method does not need one', () => {
    const h = harness({ requiresPresenter: false });
    h.actor.send({ type: 'session.start' });
    expect(h.status()).toBe('running');
    expect(h.phaseId()).toBe('presentation');
  });

  it('starts the first phase with an absolute deadline', () => {
    const h = harness();
    h.startWithPresenter();
    expect(h.status()).toBe('running');
    expect(h.ctx()).toMatchObject({
      phaseIndex: 0,
      phaseStartedAt: T0,
      endsAt: T0 + 120_000,
      startedAt: T0,
      presenter: 'p1',
    });
  });

  it.each([
    ['phase.next', 'lobby'],
    ['phase.previous', 'lobby'],
    ['phase.pause', 'lobby'],
    ['phase.resume', 'lobby'],
  ] as const)('refuses %s in the %s', (type, _where) => {
    const h = harness();
    expect(h.actor.getSnapshot().can({ type })).toBe(false);
  });

  it('refuses extend in the lobby and resume while running', () => {
    const h = harness();
    expect(h.actor.getSnapshot().can({ type: 'phase.extend', seconds: 60 })).toBe(false);
    h.startWithPresenter();
    expect(h.actor.getSnapshot().can({ type: 'phase.resume' })).toBe(false);
    expect(h.actor.getSnapshot().can({ type: 'phase.previous' })).toBe(false);
  });

  it('auto-advances through every phase at its deadline and then ends', () => {
    const h = harness();
    h.startWithPresenter();
    advance(h.clock, 119_999);
    expect(h.phaseId()).toBe('presentation');
    advance(h.clock, 1);
    expect(h.phaseId()).toBe('muted-reflection');
    expect(h.ctx().phaseStartedAt).toBe(T0 + 120_000);
    expect(h.ctx().endsAt).toBe(T0 + 150_000);
    advance(h.clock, 30_000);
    expect(h.phaseId()).toBe('presenter-response');
    advance(h.clock, 90_000);
    expect(h.status()).toBe('ended');
    expect(h.ctx().endedAt).toBe(T0 + 240_000);
    expect(h.actor.getSnapshot().status).toBe('done');
  });

  it('stays in an overdue phase when auto-advance is off, until the chair moves on', () => {
    const h = harness({ autoAdvance: false });
    h.startWithPresenter();
    advance(h.clock, 500_000);
    expect(h.phaseId()).toBe('presentation');
    expect(h.status()).toBe('running');
    h.actor.send({ type: 'phase.next' });
    expect(h.phaseId()).toBe('muted-reflection');
    expect(h.ctx().endsAt).toBe(T0 + 500_000 + 30_000);
  });

  it('warns once, 60 s before the deadline, and not for phases shorter than the warning', () => {
    const h = harness();
    h.startWithPresenter();
    advance(h.clock, 59_999);
    expect(h.warnings).toEqual([]);
    advance(h.clock, 1);
    expect(h.warnings).toEqual([
      { phaseId: 'presentation', endsAt: T0 + 120_000, at: T0 + 60_000 },
    ]);
    advance(h.clock, 60_000 + 30_000); // through the 30 s phase: too short to warn
    expect(h.phaseId()).toBe('presenter-response');
    advance(h.clock, 30_000);
    expect(h.warnings.map((w) => w.phaseId)).toEqual(['presentation', 'presenter-response']);
  });

  it('next enters a phase never run at its full duration from now', () => {
    const h = harness();
    h.startWithPresenter();
    advance(h.clock, 10_000);
    h.actor.send({ type: 'phase.next' });
    expect(h.phaseId()).toBe('muted-reflection');
    expect(h.ctx()).toMatchObject({ phaseStartedAt: T0 + 10_000, endsAt: T0 + 40_000 });
  });

  it('previous returns to the previous phase with the time it had left when it was left', () => {
    const h = harness();
    h.startWithPresenter();
    advance(h.clock, 10_000); // presentation left with 110 s to go
    h.actor.send({ type: 'phase.next' });
    advance(h.clock, 5_000);
    h.actor.send({ type: 'phase.previous' });
    expect(h.phaseId()).toBe('presentation');
    expect(h.ctx()).toMatchObject({ phaseStartedAt: T0 + 15_000, endsAt: T0 + 125_000 });
    // The old phase's timer must not fire into the resumed one.
    advance(h.clock, 109_999);
    expect(h.phaseId()).toBe('presentation');
    advance(h.clock, 1);
    expect(h.phaseId()).toBe('muted-reflection');
  });

  it('previous gives a phase that had run out at least 60 s', () => {
    const h = harness();
    h.startWithPresenter();
    advance(h.clock, 120_000); // presentation ran out; auto-advance into muted reflection
    expect(h.phaseId()).toBe('muted-reflection');
    h.actor.send({ type: 'phase.previous' });
    expect(h.phaseId()).toBe('presentation');
    expect(h.ctx().endsAt).toBe(T0 + 120_000 + RESUME_MIN_MS);
  });

  it('previous from a paused phase keeps what the paused phase had left for going forward again', () => {
    const h = harness();
    h.startWithPresenter();
    h.actor.send({ type: 'phase.next' }); // muted reflection, 30 s
    h.actor.send({ type: 'phase.next' }); // presenter response, 90 s
    advance(h.clock, 20_000);
    h.actor.send({ type: 'phase.pause' });
    advance(h.clock, 300_000); // paused time does not count
    h.actor.send({ type: 'phase.previous' });
    expect(h.status()).toBe('running');
    expect(h.phaseId()).toBe('muted-reflection');
    h.actor.send({ type: 'phase.next' });
    expect(h.phaseId()).toBe('presenter-response');
    expect(h.ctx().endsAt).toBe(T0 + 320_000 + 70_000);
  });

  it('forward into the phase gone back from resumes what it had left; a phase never run gets its full length', () => {
    const h = harness({ phases: [...PHASES, { id: 'second-round', seconds: 600 }] });
    h.startWithPresenter();
    advance(h.clock, 30_000);
    h.actor.send({ type: 'phase.next' }); // muted reflection at T0+30 s
    h.actor.send({ type: 'phase.next' }); // presenter response at T0+30 s, 90 s
    advance(h.clock, 80_000); // 10 s left
    h.actor.send({ type: 'phase.previous' }); // muted reflection had 30 s left: gets 60 s
    expect(h.ctx().endsAt).toBe(T0 + 110_000 + RESUME_MIN_MS);
    advance(h.clock, 5_000);
    h.actor.send({ type: 'phase.next' }); // presenter response resumes: 10 s left, raised to 60 s
    expect(h.phaseId()).toBe('presenter-response');
    expect(h.ctx().endsAt).toBe(T0 + 115_000 + RESUME_MIN_MS);
    advance(h.clock, 1_000);
    h.actor.send({ type: 'phase.next' }); // second round never ran: full 600 s
    expect(h.ctx().phaseIndex).toBe(3);
    expect(h.ctx().endsAt).toBe(T0 + 116_000 + 600_000);
  });

  it('a resumed phase with more than a minute left resumes exactly that, and warns 60 s before it ends', () => {
    const h = harness({ autoAdvance: false });
    h.startWithPresenter();
    advance(h.clock, 20_000); // presentation: 100 s left
    expect(h.warnings).toEqual([]);
    h.actor.send({ type: 'phase.next' });
    h.actor.send({ type: 'phase.previous' });
    expect(h.ctx().endsAt).toBe(T0 + 120_000);
    advance(h.clock, 40_000);
    expect(h.warnings).toEqual([
      { phaseId: 'presentation', endsAt: T0 + 120_000, at: T0 + 60_000 },
    ]);
  });

  it('next on the last phase ends the session', () => {
    const h = harness();
    h.startWithPresenter();
    h.actor.send({ type: 'phase.next' });
    h.actor.send({ type: 'phase.next' });
    expect(h.phaseId()).toBe('presenter-response');
    h.actor.send({ type: 'phase.next' });
    expect(h.status()).toBe('ended');
  });

  it('pause keeps the remaining time and resume sets a new deadline from it', () => {
    const h = harness();
    h.startWithPresenter();
    advance(h.clock, 20_000);
    h.actor.send({ type: 'phase.pause' });
    expect(h.status()).toBe('paused');
    expect(h.ctx().remainingMs).toBe(100_000);
    advance(h.clock, 1_000_000);
    expect(h.phaseId()).toBe('presentation');
    h.actor.send({ type: 'phase.resume' });
    expect(h.status()).toBe('running');
    expect(h.ctx()).toMatchObject({ remainingMs: null, endsAt: T0 + 1_020_000 + 100_000 });
    advance(h.clock, 99_999);
    expect(h.phaseId()).toBe('presentation');
    advance(h.clock, 1);
    expect(h.phaseId()).toBe('muted-reflection');
  });

  it('extend moves the deadline while running and adds to the remainder while paused', () => {
    const h = harness();
    h.startWithPresenter();
    advance(h.clock, 10_000);
    h.actor.send({ type: 'phase.extend', seconds: 60 });
    expect(h.ctx().endsAt).toBe(T0 + 180_000);
    advance(h.clock, 169_999);
    expect(h.phaseId()).toBe('presentation');
    h.actor.send({ type: 'phase.pause' });
    expect(h.ctx().remainingMs).toBe(1);
    h.actor.send({ type: 'phase.extend', seconds: 300 });
    expect(h.ctx().remainingMs).toBe(300_001);
    h.actor.send({ type: 'phase.resume' });
    expect(h.ctx().endsAt).toBe(T0 + 179_999 + 300_001);
  });

  it('extending past the warning window warns again later', () => {
    const h = harness();
    h.startWithPresenter();
    advance(h.clock, 70_000);
    expect(h.warnings).toHaveLength(1);
    h.actor.send({ type: 'phase.extend', seconds: 120 });
    advance(h.clock, 110_000); // 60 s before the new deadline of T0+240 s
    expect(h.warnings).toHaveLength(2);
    expect(h.warnings[1]).toMatchObject({ endsAt: T0 + 240_000, at: T0 + 180_000 });
  });

  it('extending in overtime counts from now', () => {
    const h = harness({ autoAdvance: false });
    h.startWithPresenter();
    advance(h.clock, 200_000);
    h.actor.send({ type: 'phase.extend', seconds: 60 });
    expect(h.ctx().endsAt).toBe(T0 + 260_000);
  });

  it('bounds the total extension of one phase, running or paused, and resets it for the next', () => {
    const h = harness({ autoAdvance: false });
    h.startWithPresenter();
    const step = 600;
    const allowed = LIMITS.extendTotalSecondsMax / step;
    for (let i = 0; i < allowed; i++) h.actor.send({ type: 'phase.extend', seconds: step });
    const bounded = T0 + 120_000 + LIMITS.extendTotalSecondsMax * 1000;
    expect(h.ctx().endsAt).toBe(bounded);
    // Hundreds more extends change nothing: the deadline can never outgrow a timer.
    for (let i = 0; i < 500; i++) h.actor.send({ type: 'phase.extend', seconds: 1 });
    expect(h.ctx().endsAt).toBe(bounded);
    h.actor.send({ type: 'phase.pause' });
    expect(h.actor.getSnapshot().can({ type: 'phase.extend', seconds: 1 })).toBe(false);
    h.actor.send({ type: 'phase.resume' });
    h.actor.send({ type: 'phase.next' });
    h.actor.send({ type: 'phase.extend', seconds: step });
    expect(h.ctx().endsAt).toBe(T0 + 30_000 + step * 1000);
  });

  it('refusals name presenter_required for a start without presenter and invalid_transition otherwise', () => {
    const h = harness();
    const snap = () => h.actor.getSnapshot();
    expect(commandRefusal(snap(), { type: 'session.start' })?.code).toBe('presenter_required');
    expect(commandRefusal(snap(), { type: 'phase.pause' })?.code).toBe('invalid_transition');
    h.startWithPresenter();
    expect(commandRefusal(snap(), { type: 'phase.pause' })).toBeNull();
    expect(commandRefusal(snap(), { type: 'session.start' })?.code).toBe('invalid_transition');
    const tooMuch = { type: 'phase.extend' as const, seconds: LIMITS.extendTotalSecondsMax + 1 };
    expect(commandRefusal(snap(), tooMuch)).toMatchObject({
      code: 'invalid_transition',
      message: expect.stringContaining('at most'),
    });
  });

  it('the chair may end the session from the lobby, a running or a paused phase', () => {
    for (const setupStep of [
      () => undefined,
      (h: ReturnType<typeof harness>) => h.startWithPresenter(),
      (h: ReturnType<typeof harness>) => {
        h.startWithPresenter();
        h.actor.send({ type: 'phase.pause' });
      },
    ]) {
      const h = harness();
      setupStep(h);
      h.actor.send({ type: 'session.end' });
      expect(h.status()).toBe('ended');
      expect(h.actor.getSnapshot().can({ type: 'phase.next' })).toBe(false);
    }
  });

  it('keeps the presenter and question, and lets the presenter change', () => {
    const h = harness();
    h.actor.send({ type: 'presenter.set', identity: 'p1' });
    h.actor.send({ type: 'question.set', text: 'How do I hold the boundary?' });
    h.actor.send({ type: 'session.start' });
    h.actor.send({ type: 'presenter.set', identity: 'p2' });
    expect(h.ctx()).toMatchObject({ presenter: 'p2', question: 'How do I hold the boundary?' });
  });

  describe('restore from a persisted snapshot', () => {
    function persistAndRestore(h: ReturnType<typeof harness>, downtimeMs: number) {
      const persisted = JSON.parse(JSON.stringify(h.actor.getPersistedSnapshot()));
      h.actor.stop();
      const clock = new SimulatedClock();
      clock.set(h.clock.now() + downtimeMs);
      const machine = createSessionMachine(() => clock.now());
      const restored = createActor(machine, { clock, input: h.input, snapshot: persisted });
      const warnings: number[] = [];
      restored.on('phase.warning', () => warnings.push(clock.now()));
      restored.start();
      restored.send({ type: 'clock.rearm' });
      const snap = (): SnapshotFrom<typeof machine> => restored.getSnapshot();
      return { clock, restored, warnings, snap };
    }

    it('ends the phase at the original wall-clock deadline', () => {
      const h = harness();
      h.startWithPresenter();
      advance(h.clock, 130_000); // 10 s into muted reflection (ends T0+150 s)
      const r = persistAndRestore(h, 5_000);
      expect(r.snap().context.phaseIndex).toBe(1);
      advance(r.clock, 14_999);
      expect(r.snap().context.phaseIndex).toBe(1);
      advance(r.clock, 1);
      expect(r.snap().context.phaseIndex).toBe(2);
      expect(r.snap().context.phaseStartedAt).toBe(T0 + 150_000);
    });

    it('moves on at once when the deadline passed while it was down, entering the next phase once', () => {
      const h = harness();
      h.startWithPresenter();
      advance(h.clock, 130_000);
      const r = persistAndRestore(h, 60_000);
      r.clock.increment(0); // the overdue deadline fires on the next tick
      expect(r.snap().context.phaseIndex).toBe(2);
      expect(r.snap().context.phaseStartedAt).toBe(T0 + 190_000);
      advance(r.clock, 89_000);
      expect(r.snap().context.phaseIndex).toBe(2);
    });

    it('does not repeat a warning already given, and stays paused when paused', () => {
      const h = harness();
      h.startWithPresenter();
      advance(h.clock, 70_000);
      expect(h.warnings).toHaveLength(1);
      const r = persistAndRestore(h, 1_000);
      advance(r.clock, 48_999);
      expect(r.warnings).toEqual([]);
      expect(r.snap().context.phaseIndex).toBe(0);

      const p = harness();
      p.startWithPresenter();
      p.actor.send({ type: 'phase.pause' });
      const rp = persistAndRestore(p, 1_000_000);
      expect(sessionStatus(rp.snap())).toBe('paused');
      expect(rp.snap().context.remainingMs).toBe(120_000);
    });

    it('remembers what each phase had left, so going back after a restart still resumes it', () => {
      const h = harness();
      h.startWithPresenter();
      advance(h.clock, 45_000); // presentation left with 75 s to go
      h.actor.send({ type: 'phase.next' });
      const r = persistAndRestore(h, 2_000);
      r.restored.send({ type: 'phase.previous' });
      expect(r.snap().context.phaseIndex).toBe(0);
      expect(r.snap().context.endsAt).toBe(T0 + 47_000 + 75_000);
    });

    it('restores a snapshot stored before phases remembered their time, restarting a phase at full length', () => {
      const h = harness();
      h.startWithPresenter();
      advance(h.clock, 45_000);
      h.actor.send({ type: 'phase.next' });
      const persisted = JSON.parse(JSON.stringify(h.actor.getPersistedSnapshot()));
      delete persisted.context.leftMs;
      const clock = new SimulatedClock();
      clock.set(h.clock.now());
      const machine = createSessionMachine(() => clock.now());
      const restored = createActor(machine, { clock, input: h.input, snapshot: persisted });
      restored.start();
      restored.send({ type: 'phase.previous' });
      expect(restored.getSnapshot().context.endsAt).toBe(T0 + 45_000 + 120_000);
      restored.send({ type: 'phase.next' });
      expect(restored.getSnapshot().context.endsAt).toBe(T0 + 45_000 + RESUME_MIN_MS);
    });
  });
});
