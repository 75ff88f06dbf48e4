/**
 * `npm run bench [-- name ...]`: runs the benchmarks (all, or those named), prints a table and
 * writes bench/results/latest.json. Every benchmark has an overall timeout; on timeout its
 * children are killed and it is reported as not met.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { airtime } from './benchmarks/airtime.js';
import { breakoutSwitch } from './benchmarks/breakoutSwitch.js';
import { clockSkew } from './benchmarks/clockSkew.js';
import { failover } from './benchmarks/failover.js';
import { fanout } from './benchmarks/fanout.js';
import { joinPageBytes } from './benchmarks/joinPageBytes.js';
import { joinToFirstVideo } from './benchmarks/joinToFirstVideo.js';
import { media } from './benchmarks/media.js';
import { mediaWebClient } from './benchmarks/mediaWebClient.js';
import { restore } from './benchmarks/restore.js';
import { roundTurn } from './benchmarks/roundTurn.js';
import { killAllChildren } from './lib/children.js';
import type { Benchmark, BenchContext, BenchResult } from './lib/types.js';
import { ephemeralPortCount, openFilesLimit } from './lib/util.js';

const ALL: Benchmark[] = [
  clockSkew,
  restore,
  failover,
  fanout,
  media,
  mediaWebClient,
  joinPageBytes,
  joinToFirstVideo,
  airtime,
  roundTurn,
  breakoutSwitch,
];
const selects = (b: Benchmark, name: string) => b.name === name || (b.aliases ?? []).includes(name);

async function runOne(bench: Benchmark): Promise<BenchResult[]> {
  const controller = new AbortController();
  const cleanups: Array<() => Promise<void> | void> = [];
  const ctx: BenchContext = {
    signal: controller.signal,
    onCleanup: (fn) => void cleanups.push(fn),
    log: (m) => console.log(`  [${bench.name}] ${m}`),
  };
  let timer: NodeJS.Timeout | undefined;
  const started = Date.now();
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new Error(`timed out after ${Math.round(bench.timeoutMs / 1000)} s`));
      }, bench.timeoutMs);
    });
    return await Promise.race([bench.run(ctx), timeout]);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    console.log(`  [${bench.name}] FAILED: ${message}`);
    return [
      {
        name: bench.name,
        samples: 0,
        p50: null,
        p99: null,
        max: null,
        unit: '',
        target: '',
        met: false,
        notes: `failed: ${message}`,
      },
    ];
  } finally {
    clearTimeout(timer);
    for (const fn of cleanups.reverse()) await Promise.resolve(fn()).catch(() => undefined);
    console.log(`  [${bench.name}] done in ${Math.round((Date.now() - started) / 1000)} s`);
  }
}

function table(rows: BenchResult[]): string {
  const fmt = (v: number | null) => (v === null || !Number.isFinite(v) ? '–' : String(v));
  const cells = rows.map((r) => [
    r.name,
    String(r.samples),
    fmt(r.p50),
    fmt(r.p99),
    fmt(r.max),
    r.unit,
    r.target,
    r.met === null ? 'n/a' : r.met ? 'yes' : 'NO',
  ]);
  const head = ['benchmark', 'samples', 'p50', 'p99', 'max', 'unit', 'target', 'met'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: string[]) => c.map((v, i) => v.padEnd(widths[i] ?? 0)).join(' | ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('-|-'), ...cells.map(line)].join('\n');
}

async function main(): Promise<void> {
  // Flags are otherwise ignored, so `--help` alone would run every benchmark: answer it instead.
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    const known = ALL.map((b) => [b.name, ...(b.aliases ?? [])].join(' | '));
    console.log(`usage: npm run bench [-- name ...]\nbenchmarks:\n  ${known.join('\n  ')}`);
    return;
  }
  const names = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const unknown = names.filter((n) => !ALL.some((b) => selects(b, n)));
  if (unknown.length) {
    console.error(
      `unknown benchmark(s): ${unknown.join(', ')}; known: ${ALL.flatMap((b) => [b.name, ...(b.aliases ?? [])]).join(', ')}`,
    );
    process.exit(2);
  }
  const selected = names.length ? ALL.filter((b) => names.some((n) => selects(b, n))) : ALL;
  const machine = {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    totalMemGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    openFilesLimit: openFilesLimit(),
    ephemeralPorts: ephemeralPortCount(),
  };
  console.log(
    `bench: ${selected.map((b) => b.name).join(', ')} on ${machine.cores} cores, ${machine.totalMemGiB} GiB, Node ${machine.node}`,
  );
  const results: BenchResult[] = [];
  for (const bench of selected) {
    console.log(`\n▶ ${bench.name} (bounded at ${Math.round(bench.timeoutMs / 60_000)} min)`);
    // Other work on the machine skews every figure: record the load around each benchmark.
    const loadBefore = Math.round(loadavg()[0]! * 10) / 10;
    const rows = await runOne(bench);
    const loadAfter = Math.round(loadavg()[0]! * 10) / 10;
    results.push(
      ...rows.map((r) => ({ ...r, loadAvg1m: { before: loadBefore, after: loadAfter } })),
    );
  }
  const dir = fileURLToPath(new URL('./results/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  const file = `${dir}latest.json`;
  writeFileSync(
    file,
    `${JSON.stringify({ machine, date: new Date().toISOString(), results }, null, 2)}\n`,
  );
  console.log(`\n${table(results)}\n\nwrote ${file}`);
  for (const r of results.filter((r) => r.met === false)) console.log(`- ${r.name}: ${r.notes}`);
}

main()
  .catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => {
    killAllChildren();
    // Stray handles (sockets of a timed-out benchmark) must not keep the run alive.
    setTimeout(() => process.exit(), 500).unref();
  });
