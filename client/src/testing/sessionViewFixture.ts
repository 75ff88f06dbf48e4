import { findMethod, type ParticipantView, type SessionView } from '@intervision/shared';

const people: ParticipantView[] = [
  {
    identity: 'c1',
    name: 'Chris (chair)',
    role: 'chair',
    connected: true,
    inMedia: true,
    handRaisedAt: null,
  },
  {
    identity: 'p1',
    name: 'Pat',
    role: 'presenter',
    connected: true,
    inMedia: true,
    handRaisedAt: null,
  },
  {
    identity: 'q1',
    name: 'Quinn',
    role: 'peer',
    connected: true,
    inMedia: false,
    handRaisedAt: null,
  },
];

/**
 * An intervision session as the server would send it: in the lobby when `phaseIndex` is null,
 * otherwise running the given phase, which started at `now` and ends after its configured seconds.
 */
export function sessionViewFixture(
  phaseIndex: number | null,
  now = 1_700_000_000_000,
  overrides: Partial<SessionView> = {},
): SessionView {
  const method = findMethod('intervision');
  if (!method) throw new Error('intervision method missing');
  const phases = method.phases.map((p) => ({
    id: p.id,
    title: p.title,
    seconds: p.defaultSeconds,
  }));
  const current = phaseIndex === null ? undefined : phases[phaseIndex];
  return {
    id: 'sess1',
    title: 'March group',
    methodId: method.id,
    status: current ? 'running' : 'lobby',
    phases,
    phase: current
      ? {
          id: current.id,
          index: phaseIndex ?? 0,
          title: current.title,
          startedAt: now,
          endsAt: now + current.seconds * 1000,
          remainingMs: null,
          paused: false,
        }
      : null,
    autoAdvance: true,
    maxParticipants: 8,
    participants: people,
    hands: [],
    presenter: 'p1',
    question: 'How do I keep the boundary with this family?',
    groupId: null,
    round: null,
    serverNow: now,
    ...overrides,
  };
}
