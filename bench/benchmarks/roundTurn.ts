import type { SessionView } from '@intervision/shared';
import { freePort, LiveClient, sessionWithMembers, startLivekit } from '@intervision/testkit';
import { forkTs, IpcPeer, killChild } from '../lib/children.js';
import { tempDataDir } from '../lib/server.js';
import type { Benchmark, BenchContext, BenchResult } from '../lib/types.js';
import { sleep } from '../lib/util.js';
import { microphoneGrantProbe } from '../media/grantProbe.js';
import { round, summarize } from '../stats.js';

const TARGET_MS = 250;
/** Chair, presenter, two speakers taking turns, one more peer. */
const MEMBERS = 5;
const STEP_TIMEOUT_MS = 8_000;
/** A turn lasts a moment before the chair moves on (minutes in a real round). */
const TURN_DWELL_MS = 1_000;

/** rtc-node reads NODE_ENV when it loads (debug logging otherwise): loaded only here. */
async function loadRtc() {
  process.env.NODE_ENV ??= 'production';
  const [{ connectPeer }, { Listener }, { PresenterModel }, { honestPeers }] = await Promise.all([
    import('@intervision/testkit/rtc'),
    import('../media/listener.js'),
    import('../media/presenter.js'),
    import('../media/honestPeers.js'),
  ]);
  return { connectPeer, Listener, PresenterModel, honestPeers };
}

/**
 * A strict round of two speakers in a 5-person room; the chair moves the turn back and forth.
 * Each speaker's client is the media benchmark's model of the web client (mutes when its right
 * goes, unmutes or publishes when it comes back, the latter only once LiveKit has the grant).
 */
async function measure(ctx: BenchContext, turns: number) {
  const local: Array<() => Promise<unknown> | unknown> = [];
  try {
    const { connectPeer, Listener, PresenterModel, honestPeers } = await loadRtc();
    const port = await freePort();
    const lk = await startLivekit({ webhookUrl: `http://127.0.0.1:${port}/api/livekit/webhook` });
    local.push(() => lk.stop());
    const server = forkTs('bench/fanout/serverMain.ts', [], {
      env: {
        ...process.env,
        DATA_DIR: tempDataDir(ctx, 'round-turn'),
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        LIVEKIT_URL: lk.url,
        LIVEKIT_API_KEY: lk.apiKey,
        LIVEKIT_API_SECRET: lk.apiSecret,
        BENCH_MEDIA_BASELINE: '0',
      },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    local.push(() => killChild(server));
    await new IpcPeer(server).waitFor((m) => m.type === 'ready', 60_000, 'server start');
    const url = `http://127.0.0.1:${port}`;
    const long = 3600;
    const { joins } = await sessionWithMembers(
      url,
      {
        title: 'round turns',
        method: 'intervision',
        durations: { presentation: long, 'muted-reflection': long, 'presenter-response': long },
      },
      MEMBERS,
    );
    if (joins.some((j) => !j.livekit)) throw new Error('no media token');
    const [chairJoin, presenterJoin, aJoin, bJoin] = joins as [
      (typeof joins)[0],
      (typeof joins)[0],
      (typeof joins)[0],
      (typeof joins)[0],
    ];
    const chair = await LiveClient.connect(url, chairJoin.credential);
    local.push(() => chair.close());
    const ok = (a: { ok: boolean; error?: string }, what: string) => {
      if (!a.ok) throw new Error(`${what}: ${a.error}`);
    };
    ok(await chair.send('presenter:set', { identity: presenterJoin.identity }), 'presenter:set');
    ok(await chair.send('session:start'), 'session:start');
    const rooms = await Promise.all(
      joins.map((j) => connectPeer(j.livekit!.url, j.livekit!.token)),
    );
    local.push(() => Promise.all(rooms.map((r) => r.disconnect().catch(() => undefined))));
    // Every client disables, at the SFU, the microphones a turn withdraws, as the web client's do
    // (useWithheldTracks): a turn's return is then the speaker's unmute and a re-enable.
    local.push(
      await honestPeers(
        url,
        joins,
        new Map(rooms.map((r, i) => [i, r] as const)),
        new Map([[0, chair]]),
      ),
    );
    const speakers = [aJoin, bJoin].map((j) => {
      const room = rooms[joins.indexOf(j)]!;
      const mayPublish = microphoneGrantProbe(lk, j.sessionId, j.identity);
      const model = new PresenterModel(room, j.identity, true, mayPublish);
      local.push(() => model.close());
      const listeners = rooms
        .filter((r) => r !== room)
        // Decodes for as long as the subscription lasts: it is kept across turns now.
        .map((r) => new Listener(r, j.identity, true));
      return { join: j, model, mayPublish, listeners };
    });
    for (const s of speakers) {
      const socket = await LiveClient.connect(url, s.join.credential);
      local.push(() => socket.close());
      socket.socket.on('session:state', (view: SessionView) => s.model.onView(view));
      s.model.onView(await socket.waitFor(() => true));
    }
    ok(
      await chair.send('round:start', {
        order: [aJoin.identity, bJoin.identity],
        secondsPerTurn: 1800,
        strict: true,
      }),
      'round:start',
    );
    // The first speaker is heard by everyone before any turn is measured.
    const first = speakers[0]!;
    const started = await Promise.all(
      first.listeners.map((l) => l.until((h) => h.audioAt !== null, 20_000)),
    );
    if (!started.every(Boolean)) throw new Error('the first speaker was not heard by everyone');

    const granted: number[] = [];
    const heard: number[] = [];
    let timeouts = 0;
    /**
     * Turn 0 goes to B, who has never published (the round began in a phase that withdraws the
     * peers' microphones): the client publishes once LiveKit grants. It is reported on its own;
     * every later turn is the return of a kept, muted track.
     */
    let firstPublish: number | null = null;
    for (let i = 0; i <= turns && !ctx.signal.aborted; i++) {
      const next = speakers[(i + 1) % 2]!;
      await sleep(TURN_DWELL_MS, ctx.signal);
      // After the dwell: the listeners decode all along, and the last frames of this speaker's
      // previous turn may still have been arriving when the current turn began.
      for (const l of next.listeners) l.reset();
      const t0 = Date.now();
      ok(await chair.send(i % 2 === 0 ? 'round:next' : 'round:previous'), 'turn change');
      const grant = (async () => {
        while (Date.now() - t0 < STEP_TIMEOUT_MS) {
          if (await next.mayPublish()) return Date.now();
          await sleep(10);
        }
        return null;
      })();
      const all = await Promise.all(
        next.listeners.map((l) => l.until((h) => h.audioAt !== null, STEP_TIMEOUT_MS)),
      );
      const grantedAt = await grant;
      if (i === 0) {
        if (all.every(Boolean))
          firstPublish = Math.max(...next.listeners.map((l) => l.heard.audioAt!)) - t0;
        continue;
      }
      if (grantedAt !== null) granted.push(grantedAt - t0);
      if (all.every(Boolean))
        heard.push(Math.max(...next.listeners.map((l) => l.heard.audioAt!)) - t0);
      else {
        timeouts++;
        ctx.log(
          `turn ${i + 1} to speaker ${(i + 1) % 2 === 0 ? 'A' : 'B'}: heard by ${all.filter(Boolean).length}/${all.length} ` +
            `within ${STEP_TIMEOUT_MS} ms (granted ${grantedAt === null ? 'never' : `after ${grantedAt - t0} ms`}; ` +
            `subscribed ${next.listeners.filter((l) => l.heard.subscribedAt !== null).length}, unmuted ${next.listeners.filter((l) => l.heard.unmutedAt !== null).length})`,
        );
      }
    }
    return { granted, heard, timeouts, firstPublish };
  } finally {
    for (const fn of local.reverse()) await Promise.resolve(fn()).catch(() => undefined);
  }
}

export const roundTurn: Benchmark = {
  name: 'round_turn_latency',
  timeoutMs: 6 * 60_000,
  async run(ctx) {
    const turns = Math.min(100, Math.max(2, Number(process.env.BENCH_ROUND_TURNS ?? 30)));
    const { granted, heard, timeouts, firstPublish } = await measure(ctx, turns);
    const h = summarize(heard);
    const g = summarize(granted);
    const row: BenchResult = {
      name: 'round_turn_latency',
      samples: h.samples,
      p50: round(h.p50),
      p99: round(h.p99),
      max: round(h.max),
      unit: 'ms',
      target: `p99 ≤ ${TARGET_MS} ms`,
      met: h.samples > 0 && timeouts === 0 && h.p99 <= TARGET_MS,
      notes:
        `Strict round of two speakers in a 5-person room (rtc-node participants; the speakers' clients ` +
        `modelled on the web client: mute when the turn goes, unmute — or publish once LiveKit grants — when it comes). ` +
        `From the chair sending round:next/round:previous until the last of the 4 others decodes the new speaker's ` +
        `first audible frame. Grant alone (LiveKit lists the microphone as allowed): p50 ${round(g.p50)}, p99 ${round(g.p99)} ms. ` +
        `Not counted: the second speaker's very first turn, a first publish: ${firstPublish === null ? 'not heard' : `${firstPublish} ms`}.` +
        (timeouts ? ` ${timeouts} turns not heard by everyone within ${STEP_TIMEOUT_MS} ms.` : ''),
      turns,
      timeouts,
      grantP50: round(g.p50),
      grantP99: round(g.p99),
      firstPublishMs: firstPublish,
    };
    return [row];
  },
};
