/**
 * The server under test for `fanout` and `mute_latency`: built exactly like server/src/index.ts (same config, logger,
 * SQLite store, media gateway from the environment — disabled without LIVEKIT_*, createApp,
 * restoreAll, listen; with REDIS_URL one node of a cluster: joinCluster, no restoreAll, the node
 * started before listening), plus an IPC channel through which the bench asks for memory (after a
 * forced GC) and event-loop delay. Run with --expose-gc.
 */
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { joinCluster } from '@intervision/server/cluster/join';
import { composeServer, openDatabase } from '@intervision/server/composeServer';
import { loadConfig } from '@intervision/server/config';
import { createLogger } from '@intervision/server/logger';
import { repoRoot } from '@intervision/scripts/repoRoot';
import { withRemoteMuteOnly } from '../media/baselineGateway.js';
import { BENCH_RATE_LIMIT_ENV } from '../lib/rateLimitEnv.js';
import { openFilesLimit, procStatusKiB, sleep } from '../lib/util.js';

const config = loadConfig({ ...BENCH_RATE_LIMIT_ENV, ...process.env }, repoRoot);
const baseLogger = createLogger(config.logLevel);
const store = await openDatabase(config, baseLogger);
// An unreachable Redis stops the start here with index.ts's message.
const cluster = config.cluster ? await joinCluster(config.cluster, store, baseLogger) : null;
// mute_latency's baseline (BENCH_MEDIA_BASELINE=1): no permissions, only LiveKit's own remote mute.
const { app, media, logger } = composeServer(
  config,
  (gateway, lk) =>
    process.env.BENCH_MEDIA_BASELINE === '1' ? withRemoteMuteOnly(gateway, lk) : gateway,
  { store, logger: baseLogger, ...(cluster ? { cluster: cluster.node } : {}) },
);
// A cluster node restores nothing itself: it adopts running sessions whose lease is free.
const restored = cluster ? 0 : await app.service.restoreAll();
if (cluster) await cluster.node.start({ ...app.targets, io: app.io, media, logger });

const eld = monitorEventLoopDelay({ resolution: 1 });
eld.enable();
let cpuAtReset = process.cpuUsage();
let resetAt = Date.now();
/** Garbage-collection pauses since the last reset: count, total and longest (ms). */
let gcPauses = { count: 0, totalMs: 0, maxMs: 0 };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gcPauses.count++;
    gcPauses.totalMs += entry.duration;
    gcPauses.maxMs = Math.max(gcPauses.maxMs, entry.duration);
  }
}).observe({ entryTypes: ['gc'] });

/**
 * Server-side view of each transition: registered after the Socket.IO listener, so it runs once
 * `io.to(room).emit` has handed the frames to the 8 sockets. First publish per (session, phase).
 */
const emitted = new Map<string, number[]>();
const seen = new Set<string>();
app.service.listen({
  state: (sessionId, view) => {
    if (!view.phase) return;
    const key = `${sessionId}/${view.phase.id}/${view.phase.startedAt}`;
    if (seen.has(key)) return;
    seen.add(key);
    const list = emitted.get(view.phase.id) ?? [];
    list.push(Date.now() - view.phase.startedAt);
    emitted.set(view.phase.id, list);
  },
  warning: () => undefined,
  closed: () => undefined,
  removed: () => undefined,
});

const gc = (globalThis as { gc?: () => void }).gc;

async function memory(collect: boolean) {
  if (collect && gc) {
    // Several passes with turns of the loop in between, so weak and finalised objects go too.
    for (let i = 0; i < 3; i++) {
      gc();
      await sleep(50);
    }
  }
  const m = process.memoryUsage();
  return {
    rss: m.rss,
    heapUsed: m.heapUsed,
    heapTotal: m.heapTotal,
    external: m.external,
    arrayBuffers: m.arrayBuffers,
    vmRssKiB: procStatusKiB('self', 'VmRSS'),
    vmHwmKiB: procStatusKiB('self', 'VmHWM'),
    gcForced: Boolean(collect && gc),
  };
}

process.on('message', (raw) => {
  const msg = raw as { id: number; type: string; gc?: boolean };
  const reply = (body: Record<string, unknown>) => process.send?.({ ...body, replyTo: msg.id });
  switch (msg.type) {
    case 'memory':
      void memory(msg.gc ?? true).then(reply);
      break;
    case 'eld-reset':
      eld.reset();
      cpuAtReset = process.cpuUsage();
      resetAt = Date.now();
      gcPauses = { count: 0, totalMs: 0, maxMs: 0 };
      reply({ ok: true });
      break;
    case 'eld': {
      const ms = (ns: number) => ns / 1e6;
      const cpu = process.cpuUsage(cpuAtReset);
      reply({
        p50: ms(eld.percentile(50)),
        p99: ms(eld.percentile(99)),
        max: ms(eld.max),
        mean: ms(eld.mean),
        count: eld.count,
        cpuMs: (cpu.user + cpu.system) / 1000,
        wallMs: Date.now() - resetAt,
        gc: { ...gcPauses },
      });
      break;
    }
    case 'emitted':
      reply({ lags: emitted.get(String((msg as { phaseId?: string }).phaseId)) ?? [] });
      break;
    case 'stats':
      reply({ live: app.service.liveCount, sockets: app.io.engine.clientsCount });
      break;
    case 'exit':
      // A clean exit, so --cpu-prof can write its profile.
      reply({ ok: true });
      setTimeout(() => process.exit(0), 50);
      break;
    default:
      reply({ error: `unknown request ${msg.type}` });
  }
});
process.on('disconnect', () => process.exit(0));

app.httpServer.once('error', (err) => {
  process.stderr.write(`${err.message}\n`);
  process.exit(1);
});
app.httpServer.listen(config.port, config.host, () => {
  const address = app.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.info(
    { port, restored, media: media.mode, node: config.cluster?.nodeId ?? null },
    'listening',
  );
  process.send?.({ type: 'ready', port, pid: process.pid, openFilesLimit: openFilesLimit() });
});
