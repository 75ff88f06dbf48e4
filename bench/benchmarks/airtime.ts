import { AccessToken, RoomServiceClient } from 'livekit-server-sdk';
import { pino } from 'pino';
import { startLivekit } from '@intervision/testkit';
import { forkTs, IpcPeer, killChild } from '../lib/children.js';
import type { Benchmark, BenchContext, BenchResult } from '../lib/types.js';
import { sleep } from '../lib/util.js';

/** Sessions measured at once, each with two members speaking tones the whole time. */
const DEFAULT_SIZES = [1, 5, 20];
const MEASURE_MS = 10_000;
/** The goal: 100 sessions on this 2-core machine, the fan-out targets still met. */
const CPU_BUDGET_100 = 50; // % of one core for 100 sessions' airtime
const RSS_BUDGET_100_MB = 1024;

interface Sample {
  cpuMicros: number;
  rss: number;
  at: number;
  speakingNow: number;
  heard: number;
  reports: number;
}

interface SizeResult {
  sessions: number;
  listeners: number;
  cpuPercent: number;
  rssDeltaMb: number;
  allHeard: boolean;
}

async function loadRtc() {
  process.env.NODE_ENV ??= 'production';
  return import('@intervision/testkit/rtc');
}

/** N rooms with two tone-speaking bots each, a fresh listener process, and its cost. */
async function measure(
  ctx: BenchContext,
  lk: { url: string; apiKey: string; apiSecret: string },
  sessions: number,
): Promise<SizeResult> {
  const { connectPeer, publishTone } = await loadRtc();
  const api = new RoomServiceClient(lk.url.replace('ws', 'http'), lk.apiKey, lk.apiSecret);
  const { createLivekitGateway } = await import('@intervision/server/media');
  const gateway = createLivekitGateway({
    url: lk.url,
    apiKey: lk.apiKey,
    apiSecret: lk.apiSecret,
    logger: pino({ level: 'silent' }),
  });
  const local: Array<() => Promise<unknown> | unknown> = [];
  try {
    const targets: Array<{ url: string; token: string; target: string }> = [];
    for (let s = 0; s < sessions; s++) {
      const room = `airtime-bench-${sessions}-${s}`;
      await api.createRoom({ name: room, emptyTimeout: 120 });
      local.push(() => api.deleteRoom(room).catch(() => undefined));
      for (const who of ['a', 'b']) {
        const identity = `${who}${s}`;
        const token = new AccessToken(lk.apiKey, lk.apiSecret, { identity });
        token.addGrant({ room, roomJoin: true, canPublish: true, canSubscribe: false });
        const peer = await connectPeer(lk.url, await token.toJwt());
        local.push(() => peer.disconnect().catch(() => undefined));
        const tone = await publishTone(peer, `${identity}-mic`, { speechLike: true });
        local.push(() => tone.stop());
        const details = await gateway.listenerDetails!(room, `airtime:${identity}`);
        targets.push({ ...details, target: identity });
      }
    }
    const child = forkTs('bench/airtime/probeMain.ts', [], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    local.push(() => killChild(child));
    const ipc = new IpcPeer(child);
    await ipc.waitFor((m) => m.type === 'ready', 60_000, 'listener process start');
    const before = await ipc.request<Sample>({ type: 'sample' }, 10_000);
    await ipc.request({ type: 'open', targets }, 120_000);
    // Every listener hears its member speak: the source works at this size.
    let heard = await ipc.request<Sample>({ type: 'sample' }, 10_000);
    const until = Date.now() + 30_000;
    while (heard.heard < targets.length && Date.now() < until) {
      await sleep(500, ctx.signal);
      heard = await ipc.request<Sample>({ type: 'sample' }, 10_000);
    }
    await sleep(2_000, ctx.signal); // connection set-up is not steady-state cost
    const start = await ipc.request<Sample>({ type: 'sample' }, 10_000);
    await sleep(MEASURE_MS, ctx.signal);
    const end = await ipc.request<Sample>({ type: 'sample' }, 10_000);
    await ipc.request({ type: 'close' }, 30_000).catch(() => undefined);
    const result: SizeResult = {
      sessions,
      listeners: targets.length,
      cpuPercent: (100 * (end.cpuMicros - start.cpuMicros)) / 1000 / (end.at - start.at),
      rssDeltaMb: (end.rss - before.rss) / 2 ** 20,
      allHeard: end.heard === targets.length,
    };
    ctx.log(
      `${sessions} session(s), ${targets.length} listeners: CPU ${result.cpuPercent.toFixed(1)} % of a core, ` +
        `RSS +${result.rssDeltaMb.toFixed(1)} MB, ${end.heard}/${targets.length} heard their member speak, ${end.speakingNow} speaking at the end, ${end.reports - start.reports} speaking changes in the window`,
    );
    return result;
  } finally {
    gateway.close();
    for (const fn of local.reverse()) await Promise.resolve(fn()).catch(() => undefined);
  }
}

/** Least-squares slope and intercept of y over x. */
function fit(points: Array<[number, number]>): { slope: number; intercept: number } {
  const n = points.length;
  const mx = points.reduce((a, [x]) => a + x, 0) / n;
  const my = points.reduce((a, [, y]) => a + y, 0) / n;
  const sxx = points.reduce((a, [x]) => a + (x - mx) ** 2, 0);
  const sxy = points.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0);
  const slope = sxx > 0 ? sxy / sxx : my / Math.max(1, mx);
  return { slope, intercept: my - slope * mx };
}

const r1 = (v: number) => Math.round(v * 10) / 10;

export const airtime: Benchmark = {
  name: 'airtime',
  aliases: ['airtime_cpu', 'airtime_rss'],
  timeoutMs: 10 * 60_000,
  async run(ctx) {
    const sizes = (process.env.BENCH_AIRTIME_SESSIONS ?? DEFAULT_SIZES.join(','))
      .split(',')
      .map(Number)
      .filter((n) => Number.isInteger(n) && n > 0 && n <= 40);
    const most = Math.max(...sizes);
    // Two bots and two listeners per session, each with up to two peer connections.
    const lk = await startLivekit({ udpPorts: Math.max(40, most * 10) });
    ctx.onCleanup(() => lk.stop());
    const results: SizeResult[] = [];
    for (const n of sizes) results.push(await measure(ctx, lk, n));
    const cpu = fit(results.map((r) => [r.sessions, r.cpuPercent]));
    const rss = fit(results.map((r) => [r.sessions, r.rssDeltaMb]));
    const cpu100 = cpu.intercept + 100 * cpu.slope;
    const rss100 = rss.intercept + 100 * rss.slope;
    const perSize = results.map((r) => ({
      sessions: r.sessions,
      cpuPercent: r1(r.cpuPercent),
      rssDeltaMb: r1(r.rssDeltaMb),
      allHeard: r.allHeard,
    }));
    const allHeard = results.every((r) => r.allHeard);
    const how =
      `Airtime source alone (the server's hidden listeners, one per member, in their own process) ` +
      `with ${sizes.join('/')} sessions of 2 members speaking tones the whole time; CPU over ${MEASURE_MS / 1000} s, ` +
      `RSS against the process before any listener. Per session = least-squares slope over the sizes; ` +
      `100 sessions extrapolated linearly (8-member sessions cost about 4× per session: one listener per member in the media room).` +
      (allHeard ? '' : ' NOT every listener heard its member: see the log.');
    const row = (
      name: string,
      unit: string,
      slope: number,
      at100: number,
      budget: number,
      extra: Record<string, unknown>,
    ): BenchResult => ({
      name,
      samples: results.length,
      p50: r1(slope),
      p99: null,
      max: r1(at100),
      unit,
      target: `100 sessions ≤ ${budget} ${unit === 'MB' ? 'MB' : '% of a core'}`,
      met: allHeard && at100 <= budget,
      notes: `p50 = per session, max = 100 sessions extrapolated. ${how}`,
      perSize,
      ...extra,
    });
    return [
      row('airtime_cpu', '% core', cpu.slope, cpu100, CPU_BUDGET_100, {
        fixedPercent: r1(cpu.intercept),
      }),
      row('airtime_rss', 'MB', rss.slope, rss100, RSS_BUDGET_100_MB, {
        fixedMb: r1(rss.intercept),
      }),
    ];
  },
};
