/**
 * The cost of the cluster adapter as a ratio: two-node latency over one-node latency, from the
 * same `fanout` run and the same per-node load, so the machine's state is shared by both.
 */
import type { BenchResult } from '../lib/types.js';
import { round, type Summary } from '../stats.js';

/** Latency summaries of one fanout run (one size, one topology). */
export interface RunFigures {
  deadline: Summary;
  chairBurst: Summary;
}

const ratio = (two: number, one: number): number | null =>
  Number.isFinite(two) && Number.isFinite(one) && one > 0 ? round(two / one, 2) : null;

/**
 * One `fanout[N]/two-nodes/<round>-ratio` row per round (p50, p99 and max as two-node ÷ one-node),
 * and the same p99 ratio added to the two-node latency rows already in `rows` (`p99VsOneNode`).
 */
export function nodeRatioRows(
  n: number,
  one: RunFigures,
  two: RunFigures,
  rows: BenchResult[],
): BenchResult[] {
  const rounds = [
    ['deadline', one.deadline, two.deadline],
    ['chair-burst', one.chairBurst, two.chairBurst],
  ] as const;
  return rounds.map(([label, a, b]) => {
    const p99 = ratio(b.p99, a.p99);
    const twoRow = rows.find((r) => r.name === `fanout[${n}]/two-nodes/${label}`);
    if (twoRow) {
      twoRow.oneNodeP99 = round(a.p99);
      twoRow.p99VsOneNode = p99;
    }
    return {
      name: `fanout[${n}]/two-nodes/${label}-ratio`,
      samples: Math.min(a.samples, b.samples),
      p50: ratio(b.p50, a.p50),
      p99,
      max: ratio(b.max, a.max),
      unit: '× one node',
      target: 'context (no target): the cost of the Redis adapter',
      met: null,
      notes:
        `fanout[${n}]/two-nodes/${label} ÷ fanout[${n}]/${label}, same run: ` +
        `p50 ${round(b.p50)} / ${round(a.p50)} ms, p99 ${round(b.p99)} / ${round(a.p99)} ms, ` +
        `max ${round(b.max)} / ${round(a.max)} ms. Each node carries the one-node load (${n} sessions ` +
        `run, ${n * 8} sockets held); on a machine with fewer cores than the two nodes, Redis and the ` +
        'client processes need, they also compete for CPU, so the ratio is an upper bound on the adapter’s cost.',
      sessions: n,
      oneNode: { p50: round(a.p50), p99: round(a.p99), max: round(a.max) },
      twoNodes: { p50: round(b.p50), p99: round(b.p99), max: round(b.max) },
    };
  });
}
