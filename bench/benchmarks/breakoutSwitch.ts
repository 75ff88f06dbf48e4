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
import { startRealServer, tempDataDir } from '../lib/server.js';
import type { Benchmark, BenchContext, BenchResult } from '../lib/types.js';
import { mapLimit } from '../lib/util.js';
import { round, summarize } from '../stats.js';

const TARGET_MS = 2000;
/** Every participant must be in their new room within this, or the step counts as timed out. */
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

/**
 * Each participant does what the web client does on `gathering:moved`: connect to the new room,
 * then leave the old one. Resolves with the ms from `from` until connected in the new room.
 */
function switchOnMove(
  p: Participant,
  connect: (url: string, token: string) => Promise<Room>,
  place: (m: GatheringMoved) => boolean,
  from: () => number,
): Promise<{ connectedMs: number; movedMs: number }> {
  return new Promise((resolve, reject) => {
    const onMove = (m: GatheringMoved) => {
      if (!place(m) || !m.livekit) return;
      const movedMs = Date.now() - from();
      p.socket.socket.off('gathering:moved', onMove);
      connect(m.livekit.url, m.livekit.token)
        .then(async (next) => {
          const at = Date.now();
          const old = p.room;
          p.room = next;
          await old?.disconnect();
          resolve({ connectedMs: at - from(), movedMs });
        })
        .catch(reject);
    };
    p.socket.socket.on('gathering:moved', onMove);
  });
}

function row(
  name: string,
  step: { values: number[]; moved: number[]; timeouts: number },
  n: number,
  notes: string,
): BenchResult {
  const { values, timeouts } = step;
  const s = summarize(values);
  const moved = summarize(step.moved);
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
    movedEventMs: { p50: round(moved.p50), p99: round(moved.p99), max: round(moved.max) },
  };
}

async function run(ctx: BenchContext): Promise<BenchResult[]> {
  const n = Math.min(200, Math.max(2, Number(process.env.BENCH_BREAKOUT_PARTICIPANTS ?? 100)));
  const port = await freePort();
  const lk = await startLivekit({ webhookUrl: `http://127.0.0.1:${port}/api/livekit/webhook` });
  ctx.onCleanup(() => lk.stop());
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
  ctx.onCleanup(() => Promise.all(people.map((p) => p.room?.disconnect())).then(() => undefined));
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
    const switched = people.map((p) => switchOnMove(p, connectPeer, place, () => t0));
    t0 = await start();
    const settled = await Promise.allSettled(
      switched.map((s) =>
        Promise.race([
          s,
          new Promise<never>((_, reject) =>
            setTimeout(() => reject(new Error('timeout')), STEP_TIMEOUT_MS),
          ),
        ]),
      ),
    );
    const done = settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const values = done.map((d) => d.connectedMs);
    const moved = done.map((d) => d.movedMs);
    const m = summarize(moved);
    ctx.log(
      `${label}: ${values.length}/${n} switched; gathering:moved arrived p50 ${round(m.p50)} / p99 ${round(m.p99)} ms`,
    );
    return { values, moved, timeouts: n - values.length };
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
  ];
}

export const breakoutSwitch: Benchmark = {
  name: 'breakout_switch',
  timeoutMs: 8 * 60_000,
  run,
};
