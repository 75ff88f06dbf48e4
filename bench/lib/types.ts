/** One row of the results table and one object in `results/latest.json`. */
export interface BenchResult {
  name: string;
  samples: number;
  p50: number | null;
  p99: number | null;
  max: number | null;
  unit: string;
  /** Human-readable target, e.g. "p99 ≤ 100 ms". */
  target: string;
  /** Null when the benchmark could not run (e.g. a missing prerequisite). */
  met: boolean | null;
  notes: string;
  [extra: string]: unknown;
}

export interface BenchContext {
  /** Aborted when the benchmark's overall timeout fires. */
  signal: AbortSignal;
  /** Registers teardown that runs after the benchmark, also on timeout or failure (LIFO). */
  onCleanup(fn: () => Promise<void> | void): void;
  log(message: string): void;
}

export interface Benchmark {
  name: string;
  /** Other names that select it on the command line (one run answers several). */
  aliases?: string[];
  /** Overall bound; the runner aborts and cleans up after it. */
  timeoutMs: number;
  run(ctx: BenchContext): Promise<BenchResult[]>;
}
