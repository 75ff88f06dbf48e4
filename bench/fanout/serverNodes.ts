/**
 * The server side of `fanout`: one `serverMain.ts` process, or two cluster nodes on a private
 * `redis-server` and one shared SQLite file. Either way the bench reads one aggregate: memory summed
 * over the nodes, event-loop delay at its worst node, CPU and GC summed, emit lags pooled.
 */
import { startRedis } from '@intervision/testkit';
import { forkTs, IpcPeer, killChild } from '../lib/children.js';
import { singleNodeEnv } from '../lib/singleNodeEnv.js';
import type { BenchContext } from '../lib/types.js';
import { sleep } from '../lib/util.js';

export interface Memory {
  rss: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  vmRssKiB: number | null;
  vmHwmKiB: number | null;
  gcForced: boolean;
}
export interface Eld {
  p50: number;
  p99: number;
  max: number;
  cpuMs: number;
  wallMs: number;
  gc: { count: number; totalMs: number; maxMs: number };
}

export interface ServerNodes {
  urls: string[];
  /** The lowest `ulimit -n` among the nodes. */
  openFilesLimit: number | null;
  memory(gc?: boolean): Promise<Memory>;
  eldReset(): Promise<void>;
  eldRead(): Promise<Eld>;
  /** Per transition into `phaseId`, startedAt → the owner's emit returned (ms), every node. */
  emittedLags(phaseId: string): Promise<number[]>;
}

const sumOrNull = (xs: Array<number | null>): number | null =>
  xs.some((x) => x === null) ? null : xs.reduce<number>((a, x) => a + (x ?? 0), 0);

/**
 * Starts `count` server processes (1 or 2) on 127.0.0.1, port 0, sharing `dataDir`; with 2, a
 * real Redis (testkit's `startRedis`) and `REDIS_URL`/`NODE_ID` make them one cluster, at the
 * production lease TTL. Everything is torn down through `ctx.onCleanup`.
 */
export async function startServerNodes(
  count: number,
  dataDir: string,
  ctx: BenchContext,
): Promise<ServerNodes> {
  let clusterEnv: Record<string, string> = {};
  if (count > 1) {
    const redis = await startRedis();
    ctx.onCleanup(() => redis.stop());
    clusterEnv = { REDIS_URL: redis.url };
  }
  // BENCH_FANOUT_CPU_PROF=1 writes a V8 CPU profile of each server to bench/results/.
  const profile = process.env.BENCH_FANOUT_CPU_PROF === '1';
  const nodes = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const server = forkTs('bench/fanout/serverMain.ts', [], {
        execArgv: [
          '--expose-gc',
          ...(profile ? ['--cpu-prof', '--cpu-prof-dir=bench/results'] : []),
        ],
        env: {
          ...singleNodeEnv(),
          DATA_DIR: dataDir,
          PORT: '0',
          HOST: '127.0.0.1',
          LOG_LEVEL: 'warn',
          // Only the two-node run is a cluster, on its own Redis, at the production lease TTL.
          ...(count > 1 ? { ...clusterEnv, NODE_ID: `fanout-node-${i}` } : {}),
        },
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      ctx.onCleanup(() => killChild(server));
      const peer = new IpcPeer(server);
      ctx.onCleanup(async () => {
        await peer.request({ type: 'exit' }, 5000).catch(() => undefined);
        await Promise.race([new Promise((r) => server.once('exit', r)), sleep(5000)]);
      });
      const ready = await peer.waitFor((m) => m.type === 'ready', 60_000, `server ${i} start`);
      return {
        peer,
        url: `http://127.0.0.1:${ready.port as number}`,
        fdLimit: ready.openFilesLimit as number | null,
      };
    }),
  );
  const ask = <T>(msg: Record<string, unknown>, timeoutMs: number) =>
    Promise.all(nodes.map((n) => n.peer.request<T>(msg, timeoutMs)));
  const limits = nodes.map((n) => n.fdLimit);
  return {
    urls: nodes.map((n) => n.url),
    openFilesLimit: limits.some((l) => l === null) ? null : Math.min(...(limits as number[])),
    async memory(gc = true) {
      const ms = await ask<Memory>({ type: 'memory', gc }, 60_000);
      return {
        rss: ms.reduce((a, m) => a + m.rss, 0),
        heapUsed: ms.reduce((a, m) => a + m.heapUsed, 0),
        external: ms.reduce((a, m) => a + m.external, 0),
        arrayBuffers: ms.reduce((a, m) => a + m.arrayBuffers, 0),
        vmRssKiB: sumOrNull(ms.map((m) => m.vmRssKiB)),
        vmHwmKiB: sumOrNull(ms.map((m) => m.vmHwmKiB)),
        gcForced: ms.every((m) => m.gcForced),
      };
    },
    async eldReset() {
      await ask({ type: 'eld-reset' }, 10_000);
    },
    async eldRead() {
      const es = await ask<Eld>({ type: 'eld' }, 10_000);
      return {
        p50: Math.max(...es.map((e) => e.p50)),
        p99: Math.max(...es.map((e) => e.p99)),
        max: Math.max(...es.map((e) => e.max)),
        cpuMs: es.reduce((a, e) => a + e.cpuMs, 0),
        wallMs: Math.max(...es.map((e) => e.wallMs)),
        gc: {
          count: es.reduce((a, e) => a + e.gc.count, 0),
          totalMs: es.reduce((a, e) => a + e.gc.totalMs, 0),
          maxMs: Math.max(...es.map((e) => e.gc.maxMs)),
        },
      };
    },
    async emittedLags(phaseId) {
      const rs = await ask<{ lags: number[] }>({ type: 'emitted', phaseId }, 10_000);
      return rs.flatMap((r) => r.lags);
    },
  };
}
