import { round, summarize } from '../stats.js';
import type { JoinTimeline } from './firstFrameProbe.js';

/** The joins of one page kind: click → first frame, and each join's milestones. */
export interface JoinSamples {
  ms: number[];
  timeouts: number;
  /** Each join's own milestones (ms after the click), in order, for reading one run whole. */
  trials: Array<Record<string, number>>;
  /** Joins whose picture came over STALL_MS after the first remote video track arrived. */
  stalls: number;
  /** Each join's remote video receiver counters at its first frame (same order as `trials`). */
  inbound: Array<NonNullable<JoinTimeline['inbound']>>;
  /** Joins whose picture, once shown, froze for FREEZE_MS or more within the follow-up. */
  freezes: number;
}

/** A wait between two painted frames this long is a freeze (the publishers send 15 fps). */
export const FREEZE_MS = 500;

/**
 * A join "stalled" when its first frame showed this long after the page received its first remote
 * video track: a healthy join paints within a few hundred ms of that, even on a loaded machine;
 * a stalled one waits for the publisher's next keyframe (seconds).
 */
export const STALL_MS = 1500;

export const newJoinSamples = (): JoinSamples => ({
  ms: [],
  timeouts: 0,
  trials: [],
  stalls: 0,
  inbound: [],
  freezes: 0,
});

/** Whether this join (its milestones) waited STALL_MS or more between track and picture. */
export function stalled(trial: Record<string, number>): boolean {
  const track = trial.remotevideoTrack;
  return track !== undefined && trial.firstFrame! - track >= STALL_MS;
}

export function noteJoin(samples: JoinSamples, tl: JoinTimeline): void {
  const firstFrame = round(tl.firstFrameAt! - tl.clickAt!);
  samples.ms.push(firstFrame);
  const ordered = Object.entries({ ...tl.marks, firstFrame }).sort((a, b) => a[1] - b[1]);
  const trial: Record<string, number> = {
    ...Object.fromEntries(ordered),
    longTasksMs: tl.longTasksMs ?? 0,
  };
  if (tl.afterFirstFrame) {
    trial.framesAfterFirst = tl.afterFirstFrame.frames;
    trial.maxGapAfterFirst = tl.afterFirstFrame.maxGapMs;
    if (tl.afterFirstFrame.maxGapMs >= FREEZE_MS) samples.freezes++;
  }
  samples.trials.push(trial);
  samples.inbound.push(tl.inbound ?? {});
  if (stalled(trial)) samples.stalls++;
}

/** The median of each milestone (ms after the click) over the joins, in the order they happen. */
export function breakdown(samples: JoinSamples): Record<string, number> {
  const names = new Set(samples.trials.flatMap((t) => Object.keys(t)));
  const medians = [...names].map((name) => {
    const values = samples.trials.flatMap((t) => (t[name] === undefined ? [] : [t[name]]));
    return [name, round(summarize(values).p50)] as const;
  });
  return Object.fromEntries(medians.sort((a, b) => a[1] - b[1]));
}

/** The stretches of a join, from milestone to milestone (`click` is 0). */
const STRETCHES = [
  ['click', 'livekitSocketCreated'],
  ['livekitSocketCreated', 'livekitSocketOpen'],
  ['livekitSocketOpen', 'remotevideoTrack'],
  ['remotevideoTrack', 'peerConnectionConnected'],
  ['peerConnectionConnected', 'remoteVideoElement'],
  ['remoteVideoElement', 'firstFrame'],
] as const;

/**
 * The median of each stretch, each taken within a join (`b − a` of the same join) — unlike the
 * milestones' medians, these add up to a typical join and compare page against page.
 */
export function stretches(samples: JoinSamples): Record<string, number | null> {
  return Object.fromEntries(
    STRETCHES.map(([a, b]) => {
      const values = samples.trials.flatMap((t) => {
        const from = a === 'click' ? 0 : t[a];
        const to = t[b];
        return from === undefined || to === undefined ? [] : [to - from];
      });
      return [`${a}→${b}`, values.length ? round(summarize(values).p50) : null];
    }),
  );
}
