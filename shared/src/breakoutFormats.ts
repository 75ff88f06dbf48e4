import type { MethodDefinition } from './methods/methodTypes.js';

/**
 * A person's position inside a breakout room: `A` is the first member (in a pair, the one who
 * speaks first), `B` everyone else. Formats say what each position may do in each phase.
 */
export type BreakoutPosition = 'A' | 'B';

/**
 * What one position may do in one breakout phase: `speak` (microphone and camera), or `listen`
 * (microphone off, camera on: in a pair the listener stays visible, which the speaker relies on).
 */
export type BreakoutStance = 'speak' | 'listen';

/** One timed step of a breakout format. */
export interface BreakoutPhaseDefinition {
  id: string;
  title: string;
  seconds: number;
  /** The stance of each position; the server enforces it in the SFU like session phases. */
  media: Record<BreakoutPosition, BreakoutStance>;
  /** What each position is asked to do, shown to that position. */
  guidance: Record<BreakoutPosition, string>;
}

/** A breakout format: the phases every room runs, one after another, on its own clock. */
export interface BreakoutFormat {
  id: string;
  title: string;
  phases: BreakoutPhaseDefinition[];
}

/** Ids of the quick formats built in beside the method library. */
export const QUICK_FORMAT_IDS = ['dyad-supervision', 'open-talk'] as const;

const speak = (who: BreakoutPosition): Record<BreakoutPosition, BreakoutStance> =>
  who === 'A' ? { A: 'speak', B: 'listen' } : { A: 'listen', B: 'speak' };

/**
 * Dyad supervision: A speaks 3 minutes while B listens, B reflects 2 minutes while A listens, then
 * the same with the roles swapped (ten minutes in all).
 */
export const DYAD_SUPERVISION: BreakoutFormat = {
  id: 'dyad-supervision',
  title: 'Dyad supervision',
  phases: [
    {
      id: 'a-speaks',
      title: 'A speaks',
      seconds: 180,
      media: speak('A'),
      guidance: { A: 'Describe your situation.', B: 'Listen without interrupting.' },
    },
    {
      id: 'b-reflects',
      title: 'B reflects',
      seconds: 120,
      media: speak('B'),
      guidance: { A: 'Listen to what B heard.', B: 'Reflect back what you heard and noticed.' },
    },
    {
      id: 'b-speaks',
      title: 'B speaks',
      seconds: 180,
      media: speak('B'),
      guidance: { A: 'Listen without interrupting.', B: 'Describe your situation.' },
    },
    {
      id: 'a-reflects',
      title: 'A reflects',
      seconds: 120,
      media: speak('A'),
      guidance: { A: 'Reflect back what you heard and noticed.', B: 'Listen to what A heard.' },
    },
  ],
};

/** Minutes of an open talk when `breakouts:open` gives none. */
export const OPEN_TALK_DEFAULT_MINUTES = 10;

/** Open talk: one phase of `minutes` in which everyone may speak. */
export function openTalk(minutes: number): BreakoutFormat {
  return {
    id: 'open-talk',
    title: 'Open talk',
    phases: [
      {
        id: 'talk',
        title: 'Open talk',
        seconds: minutes * 60,
        media: { A: 'speak', B: 'speak' },
        guidance: { A: 'Talk together.', B: 'Talk together.' },
      },
    ],
  };
}

/**
 * A method from the library run in a breakout: the presenter's stance goes to A, the peers' to B
 * (a breakout has no chair). The method's own phase durations hold.
 */
export function methodAsFormat(method: MethodDefinition): BreakoutFormat {
  return {
    id: method.id,
    title: method.title,
    phases: method.phases.map((p) => ({
      id: p.id,
      title: p.title,
      seconds: p.defaultSeconds,
      media: { A: p.media.presenter ?? 'speak', B: p.media.peer ?? 'speak' },
      guidance: { A: p.guidance.presenter, B: p.guidance.peer },
    })),
  };
}

/** The position of `identity` in a room's member list: the first member is A. */
export function breakoutPosition(members: readonly string[], identity: string): BreakoutPosition {
  return members[0] === identity ? 'A' : 'B';
}
