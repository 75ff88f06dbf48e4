import { DYAD_SUPERVISION, openTalk, type BreakoutPhaseView } from '@intervision/shared';
import { describe, expect, test } from 'vitest';
import { roomStep } from './roomStep';

const running = (def: (typeof DYAD_SUPERVISION.phases)[number], index = 0): BreakoutPhaseView => ({
  id: def.id,
  index,
  title: def.title,
  startedAt: 0,
  endsAt: def.seconds * 1000,
  media: def.media,
  guidance: def.guidance,
});

describe('roomStep', () => {
  const [aSpeaks, bReflects, bSpeaks, aReflects] = DYAD_SUPERVISION.phases.map((p, i) =>
    running(p, i),
  );

  test.each([
    ['A speaks', aSpeaks, { kind: 'speaks', speaker: 'ann', listeners: ['bo'] }],
    ['B reflects', bReflects, { kind: 'reflects', speaker: 'bo', listeners: ['ann'] }],
    ['B speaks', bSpeaks, { kind: 'speaks', speaker: 'bo', listeners: ['ann'] }],
    ['A reflects', aReflects, { kind: 'reflects', speaker: 'ann', listeners: ['bo'] }],
  ])('in a dyad, "%s" names who has the word and who listens', (_, phase, step) => {
    expect(roomStep(phase ?? null, ['ann', 'bo'])).toEqual(step);
  });

  test('open talk, where everyone may speak, is a conversation together', () => {
    expect(roomStep(running(openTalk(5).phases[0]!), ['ann', 'bo', 'cy'])).toEqual({
      kind: 'together',
    });
  });

  test('after the format’s last phase the room talks together until recall', () => {
    expect(roomStep(null, ['ann', 'bo'])).toEqual({ kind: 'together' });
  });

  test('in a room of three the two B positions listen while A speaks', () => {
    expect(roomStep(aSpeaks ?? null, ['ann', 'bo', 'cy'])).toEqual({
      kind: 'speaks',
      speaker: 'ann',
      listeners: ['bo', 'cy'],
    });
  });
});
