import { readFileSync } from 'node:fs';
import { AccessToken, RoomServiceClient } from 'livekit-server-sdk';
import { pino } from 'pino';
import { ensureSpeakerListener, startLivekit } from '@intervision/testkit';
import { forkTs, IpcPeer, killChild } from '../lib/children.js';
import type { Benchmark, BenchContext, BenchResult } from '../lib/types.js';
import { sleep } from '../lib/util.js';

/**
 * Sessions measured at once. Each has ONE member publishing a speech-like tone the whole time and
 * one more member in the listener's targets who is not there: what the source costs is the
 * listener's connection and its subscriptions, and a publisher per session is what the bench
 * itself can afford at 100 sessions on two cores.
 */
const DEFAULT_SIZES = [1, 10, 50];
const MAX_SIZE = 100;
const MEASURE_MS = 10_000;
/** The goal: 100 sessions on this 2-core machine, the fan-out targets still met. */
const CPU_BUDGET_100 = 50; // % of one core for 100 sessions' airtime
const RSS_BUDGET_100_MB = 1024;
/** Clock ticks per second of /proc/<pid>/stat's utime and stime (USER_HZ, 100 on Linux). */
const USER_HZ = 100;

interface HostSample {
  cpuMicros: number;
  rss: number;
  at: number;
  sidecarPid: number | null;
  speakingNow: number;
  heard: number;
  heardIdentities: string[];
  joined: number;
  left: number;
  reports: number;
}

/** CPU time (µs) and RSS (bytes) of a process, from /proc: every thread of it counted. */
function procUsage(pid: number): { cpuMicros: number; rss: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after "pid (comm) ": state is field 3, utime 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return { cpuMicros: (ticks * 1_000_000) / USER_HZ, rss: rssKb * 1024 };
}

interface SizeResult {
  sessions: number;
  sidecarCpuPercent: number;
  hostCpuPercent: number;
  sidecarRssMb: number;
  hostRssDeltaMb: number;
  allHeard: boolean;
}

async function loadRtc() {
  process.env.NODE_ENV ??= 'production';
  return import('@intervision/testkit/rtc');
}

/** N rooms with one tone-speaking member each, a fresh listener host and sidecar, and their cost. */
async function measure(
  ctx: BenchContext,
  lk: { url: string; apiKey: string; apiSecret: string },
  sessions: number,
): Promise<SizeResult> {
  const { connectPeer, publishTone } = await loadRtc();
  const api = new RoomServiceClient(lk.url.replace('ws', 'http'), lk.apiKey, lk.apiSecret);
  const { createLivekitGateway } = await import('@intervision/server/media');
  const { airtimeListenerIdentity } = await import('@intervision/server/airtime');
  const gateway = createLivekitGateway({
    url: lk.url,
    apiKey: lk.apiKey,
    apiSecret: lk.apiSecret,
    logger: pino({ level: 'silent' }),
  });
  const local: Array<() => Promise<unknown> | unknown> = [];
  try {
    const rooms: Array<{ room: string; identity: string }> = [];
    const list: Array<{ sessionId: string; url: string; token: string; targets: string[] }> = [];
    for (let s = 0; s < sessions; s++) {
      const room = `airtime-bench-${sessions}-${s}`;
      await api.createRoom({ name: room, emptyTimeout: 300 });
      local.push(() => api.deleteRoom(room).catch(() => undefined));
      const identity = `a${s}`;
      const token = new AccessToken(lk.apiKey, lk.apiSecret, { identity });
      token.addGrant({ room, roomJoin: true, canPublish: true, canSubscribe: false });
      const peer = await connectPeer(lk.url, await token.toJwt());
      local.push(() => peer.disconnect().catch(() => undefined));
      const tone = await publishTone(peer, `${identity}-mic`, { speechLike: true });
      local.push(() => tone.stop());
      rooms.push({ room, identity });
    }
    // Tokens last two minutes: asked for once every member publishes, as the server does.
    for (const { room, identity } of rooms) {
      const details = await gateway.listenerDetails!(room, airtimeListenerIdentity());
      list.push({ sessionId: room, ...details, targets: [identity, `b${identity.slice(1)}`] });
    }
    const child = forkTs('bench/airtime/listenerHostMain.ts', [], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: { ...process.env, SPEAKER_LISTENER_BIN: ensureSpeakerListener() },
    });
    local.push(() => killChild(child));
    const ipc = new IpcPeer(child);
    await ipc.waitFor((m) => m.type === 'ready', 60_000, 'listener host start');
    const before = await ipc.request<HostSample>({ type: 'sample' }, 10_000);
    await ipc.request({ type: 'open', sessions: list }, 60_000);
    // Every session's listener hears its member speak: the source works at this size.
    let heard = await ipc.request<HostSample>({ type: 'sample' }, 10_000);
    const until = Date.now() + 30_000 + 300 * sessions;
    while (heard.heard < sessions && Date.now() < until) {
      await sleep(500, ctx.signal);
      heard = await ipc.request<HostSample>({ type: 'sample' }, 10_000);
    }
    await sleep(2_000, ctx.signal); // connection set-up is not steady-state cost
    const start = await ipc.request<HostSample>({ type: 'sample' }, 10_000);
    const pid = start.sidecarPid;
    if (pid === null) throw new Error('the speaker-listener process is not running');
    const sidecarStart = procUsage(pid);
    await sleep(MEASURE_MS, ctx.signal);
    const end = await ipc.request<HostSample>({ type: 'sample' }, 10_000);
    const sidecarEnd = procUsage(pid);
    await ipc.request({ type: 'close' }, 30_000).catch(() => undefined);
    const ms = end.at - start.at;
    const notHeard = rooms.filter((r) => !end.heardIdentities.includes(r.identity));
    if (notHeard.length > 0) ctx.log(`not heard: ${notHeard.map((r) => r.identity).join(', ')}`);
    const result: SizeResult = {
      sessions,
      sidecarCpuPercent: (100 * (sidecarEnd.cpuMicros - sidecarStart.cpuMicros)) / 1000 / ms,
      hostCpuPercent: (100 * (end.cpuMicros - start.cpuMicros)) / 1000 / ms,
      sidecarRssMb: sidecarEnd.rss / 2 ** 20,
      // Its growth is a few maps; garbage collection alone can make it negative, which is no saving.
      hostRssDeltaMb: Math.max(0, (end.rss - before.rss) / 2 ** 20),
      allHeard: end.heard === sessions && end.left === 0,
    };
    ctx.log(
      `${sessions} session(s): sidecar CPU ${result.sidecarCpuPercent.toFixed(1)} % of a core, ` +
        `RSS ${result.sidecarRssMb.toFixed(1)} MB; app-side host CPU ${result.hostCpuPercent.toFixed(1)} %, ` +
        `RSS +${result.hostRssDeltaMb.toFixed(1)} MB; ${end.joined}/${sessions} joined, ${end.left} left, ` +
        `${end.heard}/${sessions} heard their member speak, ${end.speakingNow} speaking at the end, ` +
        `${end.reports - start.reports} speaking changes in the window`,
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
  timeoutMs: 15 * 60_000,
  async run(ctx) {
    const sizes = (process.env.BENCH_AIRTIME_SESSIONS ?? DEFAULT_SIZES.join(','))
      .split(',')
      .map(Number)
      .filter((n) => Number.isInteger(n) && n > 0 && n <= MAX_SIZE);
    const most = Math.max(...sizes);
    // A publisher and a listener per session, each with up to two peer connections.
    const lk = await startLivekit({ udpPorts: Math.max(40, most * 6) });
    ctx.onCleanup(() => lk.stop());
    const results: SizeResult[] = [];
    for (const n of sizes) results.push(await measure(ctx, lk, n));
    const cpuOf = (r: SizeResult) => r.sidecarCpuPercent + r.hostCpuPercent;
    const rssOf = (r: SizeResult) => r.sidecarRssMb + r.hostRssDeltaMb;
    const cpu = fit(results.map((r) => [r.sessions, cpuOf(r)]));
    const rss = fit(results.map((r) => [r.sessions, rssOf(r)]));
    // Measured at 100 when that size ran; extrapolated linearly otherwise.
    const at100 = results.find((r) => r.sessions === 100);
    const cpu100 = at100 ? cpuOf(at100) : cpu.intercept + 100 * cpu.slope;
    const rss100 = at100 ? rssOf(at100) : rss.intercept + 100 * rss.slope;
    const perSize = results.map((r) => ({
      sessions: r.sessions,
      sidecarCpuPercent: r1(r.sidecarCpuPercent),
      hostCpuPercent: r1(r.hostCpuPercent),
      sidecarRssMb: r1(r.sidecarRssMb),
      hostRssDeltaMb: r1(r.hostRssDeltaMb),
      allHeard: r.allHeard,
    }));
    const allHeard = results.every((r) => r.allHeard);
    const how =
      `Airtime source alone: the speaker-listener sidecar (one hidden listener per session, CPU from ` +
      `/proc/<pid>/stat utime+stime, VmRSS) plus the app server's side of it (SpeakerListenerProcess ` +
      `in a process of its own: its CPU, its RSS growth since before any listener, at least 0), with ${sizes.join('/')} ` +
      `sessions of one member speaking a tone the whole time and one absent member; CPU over ` +
      `${MEASURE_MS / 1000} s. Per session = least-squares slope over the sizes; 100 sessions ` +
      (at100 ? 'measured.' : 'extrapolated linearly.') +
      (allHeard ? '' : ' NOT every listener heard its member (or one left): see the log.');
    const row = (
      name: string,
      unit: string,
      slope: number,
      value100: number,
      budget: number,
      extra: Record<string, unknown>,
    ): BenchResult => ({
      name,
      samples: results.length,
      p50: r1(slope),
      p99: null,
      max: r1(value100),
      unit,
      target: `100 sessions ≤ ${budget} ${unit === 'MB' ? 'MB' : '% of a core'}`,
      met: allHeard && value100 <= budget,
      notes: `p50 = per session, max = 100 sessions. ${how}`,
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
