import { describe, expect, it } from 'vitest';
import { findMethod, METHODS } from './methods.js';
import { FULL_RIGHTS, isRestriction, mediaRights, sameRights } from './mediaPolicy.js';
import { ROLES } from './roles.js';

const intervision = findMethod('intervision')!;
const phase = (id: string) => intervision.phases.find((p) => p.id === id)!;

describe('mediaRights', () => {
  it.each([
    ['presentation', 'presenter', true],
    ['muted-reflection', 'presenter', false],
    ['muted-reflection', 'peer', true],
    ['muted-reflection', 'chair', true],
    ['presenter-response', 'presenter', true],
    ['second-round', 'presenter', true],
  ] as const)('in %s a %s may speak: %s', (phaseId, role, speaks) => {
    const rights = mediaRights(phase(phaseId).media, role);
    expect(rights.microphone).toBe(speaks);
    expect(rights.camera).toBe(speaks);
    expect(rights.reason === null).toBe(speaks);
  });

  it('gives everyone full rights outside a running phase', () => {
    for (const role of ROLES) expect(mediaRights(null, role)).toEqual(FULL_RIGHTS);
  });

  it('tells restrictions from grants', () => {
    const listening = mediaRights({ presenter: 'listen' }, 'presenter');
    expect(isRestriction(FULL_RIGHTS, listening)).toBe(true);
    expect(isRestriction(listening, FULL_RIGHTS)).toBe(false);
    expect(sameRights(listening, mediaRights({ presenter: 'listen' }, 'presenter'))).toBe(true);
  });
});

describe('methods', () => {
  it('ships the methods the product promises', () => {
    expect(METHODS.map((m) => m.id)).toEqual(
      expect.arrayContaining([
        'intervision',
        'balint',
        'supervision-cycle',
        'reflective-practice-group',
        'one-to-one',
      ]),
    );
  });

  it('runs intervision with the default minutes of the protocol', () => {
    expect(intervision.phases.map((p) => [p.id, p.defaultSeconds / 60])).toEqual([
      ['presentation', 10],
      ['muted-reflection', 15],
      ['presenter-response', 5],
      ['second-round', 15],
      ['closing', 5],
    ]);
  });

  it.each(METHODS.map((m) => [m.id, m] as const))(
    '%s has unique phase ids and guidance for every role',
    (_id, m) => {
      expect(new Set(m.phases.map((p) => p.id)).size).toBe(m.phases.length);
      for (const p of m.phases) {
        expect(p.defaultSeconds).toBeGreaterThan(0);
        for (const role of ROLES) expect(p.guidance[role].length).toBeGreaterThan(0);
      }
    },
  );

  it('one-to-one lasts an hour', () => {
    const total = findMethod('one-to-one')!.phases.reduce((s, p) => s + p.defaultSeconds, 0);
    expect(total).toBe(3600);
  });
});
