import { describe, expect, it } from 'vitest';
import { mediaRights } from './mediaPolicy.js';
import { effectiveRights } from './roundRights.js';

const strict = { speaker: 'a', strict: true };

describe('effectiveRights', () => {
  it('withdraws only the microphone of a non-speaker in a strict round', () => {
    const rights = effectiveRights(null, 'peer', 'b', strict);
    expect(rights).toMatchObject({ microphone: false, camera: true, screenShare: true });
    expect(rights.reason).not.toBeNull();
  });

  it("withdraws the chair's microphone too: only the speaker is heard", () => {
    expect(effectiveRights(null, 'chair', 'c', strict)).toMatchObject({
      microphone: false,
      camera: true,
    });
  });

  it.each([
    ['the speaker', 'peer', 'a', strict],
    ['anyone in a soft round', 'peer', 'b', { speaker: 'a', strict: false }],
    ['anyone without a round', 'peer', 'b', null],
  ] as const)('leaves %s the rights of the phase', (_who, role, identity, round) => {
    expect(effectiveRights(null, role, identity, round)).toEqual(mediaRights(null, role));
  });

  it('never gives back what the phase withholds, even to the speaker', () => {
    const policy = { presenter: 'listen' } as const;
    expect(effectiveRights(policy, 'presenter', 'p', { speaker: 'p', strict: true })).toEqual(
      mediaRights(policy, 'presenter'),
    );
  });
});
