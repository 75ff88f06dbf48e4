import type { GatheringMoved, GatheringView, JoinGatheringResponse } from '@intervision/shared';
import type { Room } from '@livekit/rtc-node';
import {
  createGathering,
  freePort,
  GatheringClient,
  joinGathering,
  request,
  startLivekit,
} from '@intervision/testkit';
import { RoomServiceClient } from 'livekit-server-sdk';
import { startRealServer, tempDataDir } from '../lib/server.js';
import { livekitOnlySwitch } from './breakoutBaseline.js';
import type { Benchmark, BenchContext, BenchResult } from '../lib/types.js';
import { mapLimit, sleep } from '../lib/util.js';
import { round, summarize } from '../stats.js';

const TARGET_MS = 2000;
/** Every participant must be in their new room within this after t0, or counts as timed out. */
const STEP_TIMEOUT_MS = 60_000;

/** rtc-node logs at debug level unless NODE_ENV is production when it loads. */
async function loadRtc() {
  process.env.NODE_ENV ??= 'production';
  return import('@intervision/testkit/rtc');
}

interface Participant {
  join: JoinGatheringResponse;
  socket: GatheringClient;
  room: Room | null;
}

/** What became of one participant in one step; `connectedMs` set only when they switched. */
interface Outcome {
  connectedMs?: number;
  movedMs?: number;
  /** `gathering:moved` for the new place came without LiveKit details (no token). */
  noToken?: boolean;
  /** Why connecting to the new room failed. */
  error?: string;
  /** The LiveKit room the move named. */
  room?: string;
  /** When the old room's `disconnect()` resolved (the connect to the new one starts then). */
  leftMs?: number;
}

/**
 * Each participant does what the web client does on `gathering:moved`: leave the old room, then
 * connect to the new one (a move without a token is recorded: the web client would ask the token
 * route, which this benchmark does not measure). Settles by `deadline()`, so a participant who
 * never switches says why instead of only counting as a time-out.
 */
function switchOnMove(
  p: Participant,
  connect: (url: string, token: string) => Promise<Room>,
  place: (m: GatheringMoved) => boolean,
  from: () => number,
  deadline: Promise<void>,
): Promise<Outcome> {
  const outcome: Outcome = {};
  const switched = new Promise<Outcome>((resolve) => {
    const onMove = (m: GatheringMoved) => {
      if (!place(m)) return;
      outcome.movedMs ??= Date.now() - from();
      if (!m.livekit) {
        outcome.noToken = true;
        return;
      }
      p.socket.socket.off('gathering:moved', onMove);
      outcome.room = m.livekit.room;
      const { url, token } = m.livekit;
      const old = p.room;
      p.room = null;
      const leave = () =>
        Promise.resolve(old?.disconnect()).then(() => {
          outcome.leftMs = Date.now() - from();
        });
      // As the web client does: leave the old room, then connect to the new one (an old room
      // kept open while 100 connects queue up is what the server then removes and deletes).
      // BENCH_BREAKOUT_LEAVE=after connects first and leaves once connected, for comparison.
      const leaveAfter = process.env.BENCH_BREAKOUT_LEAVE === 'after';
      (leaveAfter ? Promise.resolve() : leave())
        .then(() => connect(url, token))
        .then((next) => {
          p.room = next;
          outcome.connectedMs = Date.now() - from();
          resolve(outcome);
          if (leaveAfter) void leave();
        })
        .catch((err: unknown) => {
          outcome.error = err instanceof Error ? err.message : String(err);
          resolve(outcome);
        });
    };
    p.socket.socket.on('gathering:moved', onMove);
  });
  return Promise.race([switched, deadline.then(() => ({ ...outcome }))]);
}

/** How many participants ended each way, e.g. `{"no gathering:moved": 3, "error: …": 2}`. */
function failures(outcomes: Outcome[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const o of outcomes) {
    if (o.connectedMs !== undefined) continue;
    const why = o.error
      ? `connect failed: ${o.error}`
      : o.noToken
        ? 'moved without a token'
        : o.movedMs !== undefined
          ? 'moved, still connecting'
          : 'no gathering:moved';
    out[why] = (out[why] ?? 0) + 1;
  }
  return out;
}

/**
 * When LiveKit itself had each participant join their new room (its `joinedAtMs`, on this
 * machine's clock), in ms after t0: the media server's view, apart from how long the rtc-node
 * `Room.connect` of 100 participants sharing this one process takes to resolve.
 */
async function joinedInLiveKit(
  api: RoomServiceClient,
  people: Participant[],
  outcomes: Outcome[],
  t0: number,
): Promise<number[]> {
  const rooms = [...new Set(outcomes.flatMap((o) => (o.room ? [o.room] : [])))];
  const joined = new Map<string, number>();
  await mapLimit(rooms, 8, async (room) => {
    const listed = await api.listParticipants(room).catch(() => []);
    for (const p of listed)
      if (p.joinedAtMs > 0n) joined.set(`${room}\u0000${p.identity}`, Number(p.joinedAtMs));
  });
  return outcomes.flatMap((o, i) => {
    const at = joined.get(`${o.room}\u0000${people[i]?.join.identity}`);
    return at === undefined ? [] : [at - t0];
  });
}

/** Waits for `work`, but no longer than `ms` (a stuck rtc-node disconnect must not hang the run). */
const within = (ms: number, work: Promise<unknown>): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    void work.catch(() => undefined).finally(() => (clearTimeout(timer), resolve()));
  });

function row(
  name: string,
  step: {
    values: number[];
    moved: number[];
    inLiveKit: number[];
    timeouts: number;
    failed: Record<string, number>;
  },
  n: number,
  notes: string,
): BenchResult {
  const { values, timeouts } = step;
  const s = summarize(values);
  const moved = summarize(step.moved);
  const lk = summarize(step.inLiveKit);
  return {
    name,
    samples: s.samples,
    p50: round(s.p50),
    p99: round(s.p99),
    max: round(s.max),
    unit: 'ms',
    target: `p99 ≤ ${TARGET_MS} ms, everyone switched`,
    met: s.samples === n && timeouts === 0 && s.p99 <= TARGET_MS,
    notes,
    timeouts,
    notSwitched: step.failed,
    movedEventMs: { p50: round(moved.p50), p99: round(moved.p99), max: round(moved.max) },
    inLiveKitMs: {
      samples: lk.samples,
      p50: round(lk.p50),
      p99: round(lk.p99),
      max: round(lk.max),
    },
  };
}

async function run(ctx: BenchContext): Promise<BenchResult[]> {
  const n = Math.min(200, Math.max(2, Number(process.env.BENCH_BREAKOUT_PARTICIPANTS ?? 100)));
  const port = await freePort();
  const lk = await startLivekit({ webhookUrl: `http://127.0.0.1:${port}/api/livekit/webhook` });
  ctx.onCleanup(() => lk.stop());
  const api = new RoomServiceClient(lk.url.replace(/^ws/, 'http'), lk.apiKey, lk.apiSecret);
  const server = await startRealServer(ctx, {
    DATA_DIR: tempDataDir(ctx, 'breakouts'),
    PORT: String(port),
    LOG_LEVEL: 'warn',
    LIVEKIT_URL: lk.url,
    LIVEKIT_API_KEY: lk.apiKey,
    LIVEKIT_API_SECRET: lk.apiSecret,
  });
  const { connectPeer } = await loadRtc();
  const created = await createGathering(server.url, { title: 'bench', maxParticipants: n });
  const enter = async (url: string, name: string): Promise<Participant> => {
    const join = await joinGathering(server.url, created.id, url, name);
    const socket = await GatheringClient.connect(server.url, join.credential, 20_000);
    ctx.onCleanup(() => socket.close());
    return { join, socket, room: null };
  };
  const host = await enter(created.hostUrl, 'Host');
  const people = await mapLimit(
    Array.from({ length: n }, (_, i) => i),
    8,
    (i) => enter(created.inviteUrl, `P${i + 1}`),
  );
  ctx.onCleanup(() => within(15_000, Promise.all(people.map((p) => p.room?.disconnect()))));
  ctx.log(`${n} participants joined; connecting them to the plenary`);
  await mapLimit(people, 4, async (p) => {
    const res = await request<{ livekit: { url: string; token: string } }>(
      server.url,
      'POST',
      `/api/gatherings/${created.id}/token`,
      undefined,
      { authorization: `Bearer ${p.join.credential}` },
    );
    if (res.status !== 200) throw new Error(`token: ${res.status}`);
    p.room = await connectPeer(res.body.livekit.url, res.body.livekit.token);
  });

  const step = async (
    label: string,
    start: () => Promise<number>,
    place: (m: GatheringMoved) => boolean,
  ) => {
    let t0 = Number.NaN;
    let started!: () => void;
    const begun = new Promise<void>((resolve) => (started = resolve));
    // The time-out counts from t0 (for the recall, the deadline 30 s after breakouts:close).
    const over = new AbortController();
    const deadline = begun.then(() =>
      sleep(
        Math.max(0, t0 + STEP_TIMEOUT_MS - Date.now()),
        AbortSignal.any([ctx.signal, over.signal]),
      ),
    );
    const switched = people.map((p) => switchOnMove(p, connectPeer, place, () => t0, deadline));
    t0 = await start();
    started();
    const outcomes = await Promise.all(switched);
    over.abort();
    const done = outcomes.flatMap((o) => (o.connectedMs === undefined ? [] : [o]));
    const values = done.map((d) => d.connectedMs ?? Number.NaN);
    const moved = outcomes.flatMap((o) => (o.movedMs === undefined ? [] : [o.movedMs]));
    const m = summarize(moved);
    const failed = failures(outcomes);
    const inLiveKit = await joinedInLiveKit(api, people, outcomes, t0);
    const j = summarize(inLiveKit);
    const left = summarize(outcomes.flatMap((o) => (o.leftMs === undefined ? [] : [o.leftMs])));
    ctx.log(
      `${label}: the old room was left (disconnect() resolved) p50 ${round(left.p50)} / p99 ${round(left.p99)} ms after t0`,
    );
    const mem = process.memoryUsage();
    ctx.log(
      `${label}: this process holds ${Math.round(mem.heapUsed / 2 ** 20)} MB of JS heap, ${Math.round(mem.rss / 2 ** 20)} MB resident`,
    );
    ctx.log(
      `${label}: ${values.length}/${n} switched; gathering:moved arrived for ${moved.length}, p50 ${round(m.p50)} / p99 ${round(m.p99)} ms; ` +
        `LiveKit had ${inLiveKit.length} joined, p50 ${round(j.p50)} / p99 ${round(j.p99)} ms` +
        (values.length < n ? `; not switched: ${JSON.stringify(failed)}` : ''),
    );
    return { values, moved, inLiveKit, timeouts: n - values.length, failed };
  };

  const open = await step(
    'open',
    async () => {
      const t = Date.now();
      const ack = await host.socket.send('breakouts:open', {
        size: 2,
        assign: 'random',
        minutes: 10,
      });
      if (!ack.ok) throw new Error(`breakouts:open: ${ack.error}`);
      return t;
    },
    (m) => m.place !== 'plenary',
  );
  const recall = await step(
    'recall',
    async () => {
      const ack = await host.socket.send('breakouts:close');
      if (!ack.ok) throw new Error(`breakouts:close: ${ack.error}`);
      const view: GatheringView = await host.socket.waitFor((v) => v.recallAt !== null);
      // The server moves everyone at `recallAt` (its clock is this machine's clock).
      return view.recallAt ?? Number.NaN;
    },
    (m) => m.place === 'plenary',
  );
  const how = `${n} rtc-node participants (one process), ${n / 2} random pairs`;
  const baseline = async (label: string, roomOf: (i: number) => string): Promise<BenchResult> => {
    const peers = people.map((p) => ({ identity: p.join.identity, room: p.room }));
    const { values } = await livekitOnlySwitch({
      api,
      livekit: lk,
      peers,
      connect: connectPeer,
      roomOf,
      timeoutMs: STEP_TIMEOUT_MS,
      signal: ctx.signal,
    });
    peers.forEach((peer, i) => {
      const p = people[i];
      if (p) p.room = peer.room;
    });
    const s = summarize(values);
    ctx.log(
      `${label}: ${values.length}/${n} connected, p50 ${round(s.p50)} / p99 ${round(s.p99)} ms`,
    );
    return {
      name: `breakout_switch[${n}]/${label}`,
      samples: s.samples,
      p50: round(s.p50),
      p99: round(s.p99),
      max: round(s.max),
      unit: 'ms',
      target: 'reference (no Intervision server)',
      met: null,
      notes: `the same ${n} rtc-node participants switched by LiveKit alone: rooms created and tokens signed before the clock starts, then everyone at once leaves the old room and connects`,
      timeouts: n - values.length,
    };
  };
  // Skipped with BENCH_BREAKOUT_BASELINE=0; it takes about as long again as the two steps.
  const baselines =
    process.env.BENCH_BREAKOUT_BASELINE === '0'
      ? []
      : [
          await baseline('livekit-only/pairs', (i) => `bench-baseline-pair-${Math.floor(i / 2)}`),
          await baseline('livekit-only/one-room', () => 'bench-baseline-plenary'),
        ];
  return [
    row(
      `breakout_switch[${n}]/open`,
      open,
      n,
      `${how}: from the host sending breakouts:open to each participant connected (rtc-node Room.connect resolved) in their breakout room after its gathering:moved`,
    ),
    row(
      `breakout_switch[${n}]/recall`,
      recall,
      n,
      `${how}: from the recall deadline (30 s after breakouts:close) to each participant connected in the plenary again`,
    ),
    ...baselines,
  ];
}

export const breakoutSwitch: Benchmark = {
  name: 'breakout_switch',
  timeoutMs: 12 * 60_000,
  run,
};
