import { describe, expect, it } from 'vitest';
import { FULL_RIGHTS } from './mediaPolicy.js';
import { findMethod } from './methods.js';
import { rightsInView } from './viewRights.js';
import type { RoundView, SessionView } from './sessionView.js';

const method = findMethod('intervision');
const person = (identity: string, role: 'chair' | 'presenter' | 'peer') => ({
  identity,
  name: identity,
  role,
  connected: true,
  inMedia: true,
  handRaisedAt: null,
});
const view = (phaseId: string | null, round: RoundView | null = null) =>
  ({
    status: phaseId ? 'running' : 'lobby',
    phase: phaseId ? { id: phaseId } : null,
    participants: [person('c', 'chair'), person('p', 'presenter'), person('a', 'peer')],
    round,
  }) as Pick<SessionView, 'status' | 'phase' | 'participants' | 'round'>;

describe('rightsInView', () => {
  it('withdraws the presenter’s microphone and camera in muted reflection, nobody else’s', () => {
    const v = view('muted-reflection');
    expect(rightsInView(v, method, 'p')).toMatchObject({ microphone: false, camera: false });
    expect(rightsInView(v, method, 'a')).toEqual(FULL_RIGHTS);
    expect(rightsInView(v, method, 'c')).toEqual(FULL_RIGHTS);
  });

  it('gives everything back in the lobby and to someone the view does not list', () => {
    expect(rightsInView(view(null), method, 'p')).toEqual(FULL_RIGHTS);
    expect(rightsInView(view('muted-reflection'), method, 'stranger')).toEqual(FULL_RIGHTS);
  });

  it('withdraws the microphone of everyone but the speaker in a strict turn', () => {
    const round = { speaker: 'a', strict: true } as RoundView;
    const v = view('presentation', round);
    expect(rightsInView(v, method, 'c').microphone).toBe(false);
    expect(rightsInView(v, method, 'a').microphone).toBe(true);
  });
});
