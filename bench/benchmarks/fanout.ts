import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeRatioRows, type RunFigures } from '../fanout/nodeRatio.js';
import { startServerNodes, type Eld } from '../fanout/serverNodes.js';
import { forkTs, IpcPeer, killChild } from '../lib/children.js';
import type { Benchmark, BenchContext, BenchResult } from '../lib/types.js';
import { ephemeralPortCount, openFilesLimit, sleep } from '../lib/util.js';
import { round, summarize } from '../stats.js';

const PER_SESSION = 8;
const METHOD = 'reflective-practice-group';
const LATENCY_TARGET_MS = 100;
const HEAP_TARGET_KB = 50;

interface Round {
  latencies: number[];
  /** The latencies of sockets on the node that runs their session… */
  onOwner: number[];
  /** …and of those on the other node, whose views the Redis adapter relayed. */
  relayed: number[];
  sinceDue: number[];
  lastClientPerSession: number[];
  startedAts: number[];
  maxRecvAt: number | null;
  missing: number;
  disconnected: number;
  eldMaxMs: number;
  eldP99Ms: number;
}
interface Fired {
  chairs: number;
  firedAt: number;
  lateMs: number;
  errors: number;
  firstError: string | null;
}

const sizes = (): number[] =>
  (process.env.BENCH_FANOUT_SIZES ?? '100,500,1000')
    .split(',')
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isInteger(n) && n > 0 && n <= 2000);

/** Server topologies to run per size: 1 (one process) and/or 2 (two cluster nodes on Redis). */
const nodeCounts = (): number[] => {
  const picked = (process.env.BENCH_FANOUT_NODES ?? '1,2')
    .split(',')
    .map((s) => Number(s.trim()))
    .filter((n) => n === 1 || n === 2);
  return picked.length ? [...new Set(picked)].sort() : [1, 2];
};

const workerCount = (): number => {
  const n = Number(process.env.BENCH_FANOUT_WORKERS ?? 4);
  return Number.isInteger(n) && n >= 1 && n <= 16 ? n : 4;
};

const MiB = (b: number) => round(b / 2 ** 20);
const KiB = (b: number) => round(b / 1024);

/**
 * One size on one topology. With one node: `n` sessions, all 8 sockets on it. With two nodes:
 * 2 × `n` sessions, `n` run (owned) by each node, each session's sockets split 4 + 4 over the
 * nodes, so each node carries what the single node carries at `n` plus the Redis adapter.
 */
async function runSize(
  n: number,
  nodeCount: number,
  ctx: BenchContext,
): Promise<{ rows: BenchResult[]; figures: RunFigures }> {
  const total = n * nodeCount;
  const sockets = total * PER_SESSION;
  const perNode = sockets / nodeCount;
  const prefix = nodeCount === 1 ? `fanout[${n}]` : `fanout[${n}]/two-nodes`;
  const topology =
    nodeCount === 1
      ? `${n} sessions × ${PER_SESSION} sockets on one server`
      : `${total} sessions × ${PER_SESSION} sockets on ${nodeCount} nodes (one redis-server, one SQLite file): ` +
        `each node runs ${n} sessions and holds ${PER_SESSION / nodeCount} sockets of every session; ` +
        `chairs connect to node 0, so the chair burst forwards half the commands to their owner`;
  const fdLimit = openFilesLimit();
  const ports = ephemeralPortCount();
  const warnings: string[] = [];
  // Each socket costs its server one fd and its client process one; plus SQLite, pipes, listeners.
  if (fdLimit !== null && fdLimit < perNode + 256) {
    warnings.push(
      `ulimit -n is ${fdLimit}, below the ${perNode + 256} fds each server needs for ${perNode} sockets: raise it (ulimit -n 65536) or expect connect failures`,
    );
  }
  // Linux reuses an ephemeral port towards another destination: the bound is per server port.
  if (ports !== null && ports < perNode + 100) {
    warnings.push(
      `only ${ports} ephemeral ports for ${perNode} loopback connections to one server`,
    );
  }
  for (const w of warnings) ctx.log(`${prefix}: WARNING ${w}`);

  const dir = mkdtempSync(join(tmpdir(), 'intervision-bench-fanout-'));
  ctx.onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  // Phase 1 (check-in) lasts D seconds from the start burst, so every session's deadline falls
  // inside the same ~second; phase 2 (sharing) is long, left by a chair burst of phase:next.
  const deadlineSeconds = Math.max(6, Math.ceil(total / 120));
  const durations = { 'check-in': deadlineSeconds, sharing: 600 };

  const servers = await startServerNodes(nodeCount, dir, ctx);
  const serverFdLimit = servers.openFilesLimit;
  if (serverFdLimit !== null && serverFdLimit < perNode + 256) {
    warnings.push(`server process ulimit -n ${serverFdLimit} < ${perNode + 256}`);
  }
  const memory = (gc = true) => servers.memory(gc);
  const eldReset = () => servers.eldReset();
  const eldRead = () => servers.eldRead();
  const emittedLags = async (phaseId: string) => summarize(await servers.emittedLags(phaseId));

  const w = Math.min(workerCount(), total);
  const workers = await Promise.all(
    Array.from({ length: w }, async () => {
      const child = forkTs('bench/fanout/clientWorker.ts', [], {
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      ctx.onCleanup(() => killChild(child));
      const peer = new IpcPeer(child);
      await peer.waitFor((m) => m.type === 'ready', 60_000, 'worker start');
      return peer;
    }),
  );
  const slices = workers.map((_, i) => Math.floor(total / w) + (i < total % w ? 1 : 0));
  const firstSessions = slices.map((_, i) => slices.slice(0, i).reduce((a, k) => a + k, 0));
  const all = <T>(msg: (i: number) => Record<string, unknown>, timeoutMs: number) =>
    Promise.all(workers.map((p, i) => p.request<T>(msg(i), timeoutMs)));

  const m0 = await memory();
  ctx.log(
    `${prefix}: creating ${total} sessions and ${sockets} joins over HTTP (${w} client processes)`,
  );
  // 9 HTTP requests per session (half of them forwarded to the owner with two nodes), on a busy
  // machine: allow ~0.25 s per session beyond the first five minutes.
  const setupTimeoutMs = 300_000 + total * 250;
  const setupStart = Date.now();
  await all(
    (i) => ({
      type: 'setup',
      urls: servers.urls,
      worker: i,
      firstSession: firstSessions[i],
      sessions: slices[i],
      method: METHOD,
      durations,
    }),
    setupTimeoutMs,
  );
  const setupMs = Date.now() - setupStart;
  const mLobby = await memory();

  ctx.log(`${prefix}: connecting ${sockets} Socket.IO clients`);
  const conn = await all<{
    connected: number;
    failed: number;
    firstError: string | null;
    ms: number;
    rss: number;
  }>(() => ({ type: 'connect', concurrency: 50 }), setupTimeoutMs);
  const connected = conn.reduce((a, c) => a + c.connected, 0);
  const failed = conn.reduce((a, c) => a + c.failed, 0);
  const connectMs = Math.max(...conn.map((c) => c.ms));
  if (failed > 0)
    warnings.push(
      `${failed} of ${sockets} sockets failed to connect: ${conn.find((c) => c.firstError)?.firstError}`,
    );
  await sleep(1000, ctx.signal);
  const mConnected = await memory();
  const clientRssMiB = MiB(conn.reduce((a, c) => a + c.rss, 0));

  // Round A: every chair starts its session at the same instant (a command burst).
  const t0 = Date.now() + 1000;
  ctx.log(`${prefix}: start burst, then every deadline fires ${deadlineSeconds}s later`);
  const startFired = await all<Fired>(
    () => ({ type: 'fire', event: 'session:start', at: t0 }),
    120_000,
  );
  const startErrors = startFired.reduce((a, f) => a + f.errors, 0);
  if (startErrors)
    warnings.push(
      `${startErrors} session:start failed: ${startFired.find((f) => f.firstError)?.firstError}`,
    );
  const roundA = await all<Round>(
    () => ({ type: 'collect', phaseId: 'check-in', timeoutMs: 60_000 }),
    120_000,
  );
  const startsDoneAt = Math.max(...roundA.map((r) => r.maxRecvAt ?? 0));
  const firstDeadline = Math.min(...roundA.flatMap((r) => r.startedAts)) + deadlineSeconds * 1000;
  if (startsDoneAt > firstDeadline - 500) {
    warnings.push('the start burst was still being delivered when the first deadlines fired');
  }

  // Round B: the server's own timers move every session to "sharing" within the same second.
  await eldReset();
  const roundB = await all<Round>(
    () => ({
      type: 'collect',
      phaseId: 'sharing',
      previousId: 'check-in',
      resetEld: true,
      timeoutMs: deadlineSeconds * 1000 + 60_000,
    }),
    deadlineSeconds * 1000 + 90_000,
  );
  const eldB = await eldRead();
  const emitB = await emittedLags('sharing');
  await sleep(1000, ctx.signal);

  // Round C: every chair sends phase:next at the same instant.
  await eldReset();
  const t1 = Date.now() + 1000;
  const nextFired = await all<Fired>(
    () => ({ type: 'fire', event: 'phase:next', at: t1 }),
    120_000,
  );
  const nextErrors = nextFired.reduce((a, f) => a + f.errors, 0);
  if (nextErrors)
    warnings.push(
      `${nextErrors} phase:next failed: ${nextFired.find((f) => f.firstError)?.firstError}`,
    );
  const roundC = await all<Round>(
    () => ({ type: 'collect', phaseId: 'reflection', timeoutMs: 60_000 }),
    120_000,
  );
  const eldC = await eldRead();
  const emitC = await emittedLags('reflection');
  const mFinal = await memory();

  await all(() => ({ type: 'close' }), 30_000).catch(() => undefined);

  // Heap: the socket share is what connecting added; the rest, divided by N, is per session.
  const socketHeap = mConnected.heapUsed - mLobby.heapUsed;
  const sessionHeap = mFinal.heapUsed - m0.heapUsed - socketHeap;
  const heapPerSessionKB = KiB(sessionHeap / total);
  const heapPerSocketKB = KiB(socketHeap / sockets);
  const heapPerSessionLobbyKB = KiB((mLobby.heapUsed - m0.heapUsed) / total);
  const heapPerSessionTotalKB = KiB((mFinal.heapUsed - m0.heapUsed) / total);

  const rows: BenchResult[] = [];
  const roundRow = (
    label: string,
    rounds: Round[],
    eld: Eld,
    emit: ReturnType<typeof summarize>,
    transitionFrom: number | null,
    extra: Record<string, unknown>,
  ): ReturnType<typeof summarize> => {
    const lat = summarize(rounds.flatMap((r) => r.latencies));
    const onOwner = summarize(rounds.flatMap((r) => r.onOwner));
    const relayed = summarize(rounds.flatMap((r) => r.relayed));
    const brief = (x: ReturnType<typeof summarize>) => ({
      samples: x.samples,
      p50: round(x.p50),
      p99: round(x.p99),
      max: round(x.max),
    });
    const lastPerSession = summarize(rounds.flatMap((r) => r.lastClientPerSession));
    const startedAts = rounds.flatMap((r) => r.startedAts);
    const missing = rounds.reduce((a, r) => a + r.missing, 0) + (sockets - connected);
    const lastRecv = Math.max(...rounds.map((r) => r.maxRecvAt ?? 0));
    const from = transitionFrom ?? Math.min(...startedAts);
    const met = lat.samples > 0 && missing === 0 && lat.p99 <= LATENCY_TARGET_MS;
    const name = `${prefix}/${label}`;
    ctx.log(
      `${name}: p50 ${round(lat.p50)} p99 ${round(lat.p99)} max ${round(lat.max)} ms, missing ${missing}`,
    );
    rows.push({
      name,
      samples: lat.samples,
      p50: round(lat.p50),
      p99: round(lat.p99),
      max: round(lat.max),
      unit: 'ms',
      target:
        nodeCount > 1
          ? `p99 ≤ ${LATENCY_TARGET_MS} ms (the one-node target, per node)`
          : n >= 1000
            ? `p99 ≤ ${LATENCY_TARGET_MS} ms (issue target at 1000 sessions)`
            : `p99 ≤ ${LATENCY_TARGET_MS} ms`,
      met,
      notes:
        `${topology}; per client: receive time − view.phase.startedAt. ` +
        `Transitions spread over ${Math.max(...startedAts) - Math.min(...startedAts)} ms; ` +
        `last client had it ${lastRecv - from} ms after the ${transitionFrom ? 'agreed instant' : 'first transition'}. ` +
        `Server side, the owner's emit to all 8 sockets was done p50 ${round(emit.p50)} / p99 ${round(emit.p99)} ms after startedAt; ` +
        `server event-loop delay p99 ${round(eld.p99)} ms (max ${round(eld.max)}); server CPU ${Math.round(eld.cpuMs)} ms ` +
        `(${round(eld.cpuMs / total, 2)} ms per session) over the round, longest GC pause ${round(eld.gc.maxMs)} ms; ` +
        `client processes' event-loop delay max ${round(Math.max(...rounds.map((r) => r.eldMaxMs)))} ms.` +
        (nodeCount > 1
          ? ` Sockets on the session's own node: p50 ${round(onOwner.p50)} / p99 ${round(onOwner.p99)} ms; ` +
            `on the other node (relayed through Redis): p50 ${round(relayed.p50)} / p99 ${round(relayed.p99)} ms.`
          : '') +
        (missing ? ` ${missing} clients never got the new state.` : '') +
        (warnings.length ? ` WARNINGS: ${warnings.join('; ')}` : ''),
      sessions: total,
      sockets,
      connected,
      missing,
      lastClientPerSessionMs: {
        p50: round(lastPerSession.p50),
        p99: round(lastPerSession.p99),
        max: round(lastPerSession.max),
      },
      transitionSpreadMs: Math.max(...startedAts) - Math.min(...startedAts),
      lastClientAfterMs: lastRecv - from,
      serverEventLoopDelayMs: { p50: round(eld.p50), p99: round(eld.p99), max: round(eld.max) },
      serverEmitDoneMs: {
        samples: emit.samples,
        p50: round(emit.p50),
        p99: round(emit.p99),
        max: round(emit.max),
      },
      serverCpuMs: Math.round(eld.cpuMs),
      serverGcPauses: {
        count: eld.gc.count,
        totalMs: round(eld.gc.totalMs),
        maxMs: round(eld.gc.maxMs),
      },
      clientEventLoopDelayMaxMs: round(Math.max(...rounds.map((r) => r.eldMaxMs))),
      ...(nodeCount > 1
        ? { socketsOnOwnerMs: brief(onOwner), socketsRelayedMs: brief(relayed) }
        : {}),
      roundWallMs: eld.wallMs,
      ...extra,
    });
    return lat;
  };
  const deadline = roundRow('deadline', roundB, eldB, emitB, null, {
    trigger: `server timers: every check-in deadline (${deadlineSeconds}s after the start burst)`,
  });
  // The same round measured from when each transition was due (the check-in deadline), so the
  // server's queue when 1000 deadlines fall together counts too.
  const due = summarize(roundB.flatMap((r) => r.sinceDue));
  rows.push({
    name: `${prefix}/deadline-from-due`,
    samples: due.samples,
    p50: round(due.p50),
    p99: round(due.p99),
    max: round(due.max),
    unit: 'ms',
    target: 'context (no target)',
    met: null,
    notes:
      'Same clients and round as the deadline row, measured from the scheduled deadline (the old phase’s endsAt) ' +
      'instead of the broadcast startedAt: includes the time the transition waited for the server’s CPU while ' +
      'the other deadlines of that second were processed.',
    sessions: total,
  });
  const chairBurst = roundRow('chair-burst', roundC, eldC, emitC, t1, {
    trigger: 'every chair emits phase:next at the same wall-clock instant',
    acks: { sent: nextFired.reduce((a, f) => a + f.chairs, 0), failed: nextErrors },
  });

  const memoryExtra = {
    serverNodes: nodeCount,
    sessions: total,
    sockets,
    clientProcesses: w,
    setupMs,
    connectMs,
    clientRssMiB,
    server: {
      rssMiB: mFinal.vmRssKiB !== null ? round(mFinal.vmRssKiB / 1024) : MiB(mFinal.rss),
      peakRssMiB: mFinal.vmHwmKiB !== null ? round(mFinal.vmHwmKiB / 1024) : null,
      baselineRssMiB: m0.vmRssKiB !== null ? round(m0.vmRssKiB / 1024) : MiB(m0.rss),
      heapUsedMiB: {
        baseline: MiB(m0.heapUsed),
        lobby: MiB(mLobby.heapUsed),
        connected: MiB(mConnected.heapUsed),
        final: MiB(mFinal.heapUsed),
      },
      externalMiB: MiB(mFinal.external),
      gcForced: mFinal.gcForced,
    },
    heapPerSessionKB,
    heapPerSessionLobbyKB,
    heapPerSessionTotalKB,
    heapPerSocketKB,
    rssPerSessionKB:
      mFinal.vmRssKiB !== null && m0.vmRssKiB !== null
        ? round((mFinal.vmRssKiB - m0.vmRssKiB) / total)
        : null,
    openFilesLimit: fdLimit,
    serverOpenFilesLimit: serverFdLimit,
    ephemeralPorts: ports,
  };
  rows.push({
    name: `${prefix}/heap`,
    samples: 1,
    p50: null,
    p99: null,
    max: heapPerSessionKB,
    unit: 'KB/session',
    target: `≤ ${HEAP_TARGET_KB} KB heap per session beyond the sockets`,
    met: heapPerSessionKB <= HEAP_TARGET_KB,
    notes:
      `(heap after both rounds − heap at boot − what connecting the ${sockets} sockets added) / ${total}, after forced GC${nodeCount > 1 ? ', summed over both nodes (Redis not counted)' : ''}; ` +
      `sockets add ${heapPerSocketKB} KB each; all-in ${heapPerSessionTotalKB} KB/session. ` +
      `Server RSS ${memoryExtra.server.rssMiB} MiB (peak ${memoryExtra.server.peakRssMiB}, boot ${memoryExtra.server.baselineRssMiB}).`,
    ...memoryExtra,
  });
  return { rows, figures: { deadline, chairBurst } };
}

export const fanout: Benchmark = {
  name: 'fanout',
  // Each size runs on one node, then on two (twice the sessions): ~3× the one-node time.
  timeoutMs: 40 * 60_000,
  async run(ctx) {
    const rows: BenchResult[] = [];
    for (const n of sizes()) {
      const figures = new Map<number, RunFigures>();
      for (const nodeCount of nodeCounts()) {
        // Each run gets its own servers, Redis, database and client processes; cleanups run per run.
        const local: Array<() => Promise<void> | void> = [];
        const drain = async () => {
          for (const fn of local.splice(0).reverse())
            await Promise.resolve(fn()).catch(() => undefined);
        };
        ctx.onCleanup(drain); // on an overall timeout the runner drains what is left
        const sub: BenchContext = { ...ctx, onCleanup: (fn) => void local.push(fn) };
        const name = nodeCount === 1 ? `fanout[${n}]` : `fanout[${n}]/two-nodes`;
        try {
          const run = await runSize(n, nodeCount, sub);
          rows.push(...run.rows);
          figures.set(nodeCount, run.figures);
        } catch (err) {
          const message = err instanceof Error ? err.message : String(err);
          ctx.log(`${name} failed: ${message}`);
          rows.push({
            name,
            samples: 0,
            p50: null,
            p99: null,
            max: null,
            unit: 'ms',
            target: `p99 ≤ ${LATENCY_TARGET_MS} ms`,
            met: false,
            notes: `failed: ${message}`,
          });
        } finally {
          await drain();
        }
        if (ctx.signal.aborted) break;
      }
      const one = figures.get(1);
      const two = figures.get(2);
      if (one && two) rows.push(...nodeRatioRows(n, one, two, rows));
      if (ctx.signal.aborted) break;
    }
    return rows;
  },
};
