import { randomBytes } from 'node:crypto';
import type { Room } from '@livekit/rtc-node';
import { AccessToken, RoomServiceClient } from 'livekit-server-sdk';
import { join } from '@intervision/testkit';
import { launchChromium } from '@intervision/testkit/browser';
import type { Benchmark, BenchContext, BenchResult } from '../lib/types.js';
import { round, summarize } from '../stats.js';
import { bounded } from '../webclient/bounded.js';
import { startBaselineServer } from '../webclient/baselineServer.js';
import type { JoinTimeline } from '../webclient/firstFrameProbe.js';
import { fillJoinForm } from '../webclient/joinInBrowser.js';
import {
  breakdown,
  FREEZE_MS,
  newJoinSamples,
  noteJoin,
  stalled,
  stretches,
  type JoinSamples,
} from '../webclient/joinSamples.js';
import { timeJoin } from '../webclient/timeJoin.js';
import {
  keyedSession,
  startWebStack,
  type KeyedSession,
  type WebStack,
} from '../webclient/webStack.js';

const TARGET_RATIO = 1.2;
const FRAME_TIMEOUT_MS = Number(process.env.BENCH_JOIN_FRAME_TIMEOUT_MS ?? 30_000);
/** How long each page's picture is watched after its first frame, for freezes (0: not at all). */
const FOLLOW_MS = Number(process.env.BENCH_JOIN_FOLLOW_MS ?? 1500);
const BUDGET_MS = 360_000;
/** Two publishers plus, per trial, our joiner and the baseline's member: sessions hold eight. */
const TRIALS_PER_SESSION = 3;

type Variant = 'ours' | 'baseline' | 'plain';

/** rtc-node reads NODE_ENV when it loads (debug logging otherwise): load it only once that is set. */
async function loadRtc() {
  process.env.NODE_ENV ??= 'production';
  const [{ connectEncryptedPeer }, rtc, bots] = await Promise.all([
    import('../webclient/encryptedPeer.js'),
    import('@livekit/rtc-node'),
    import('../webclient/videoBot.js'),
  ]);
  return { connectEncryptedPeer, Room: rtc.Room, ...bots };
}
type Rtc = Awaited<ReturnType<typeof loadRtc>>;

interface Publishers {
  stop(): Promise<void>;
  /** The longest wait between two frames either publisher captured since the last call (ms). */
  longestCaptureGapMs(): number;
}

/** Two people publishing their (synthetic) cameras: the room a joiner walks into. */
async function twoPublishers(
  ctx: BenchContext,
  rtc: Rtc,
  stack: WebStack,
  connect: (i: number) => Promise<{ room: Room; identity: string; roomName: string }>,
): Promise<Publishers> {
  const stops: Array<() => Promise<void>> = [];
  const bots: Array<{ takeLongestCaptureGapMs(): number }> = [];
  const stop = async () => {
    for (const s of stops.splice(0).reverse()) await bounded(s);
  };
  ctx.onCleanup(stop);
  for (const i of [0, 1]) {
    const { room, identity, roomName } = await connect(i);
    stops.push(() => room.disconnect());
    await rtc.waitForCameraGrant(stack.livekit, roomName, identity);
    const bot = await rtc.publishCamera(room);
    stops.push(() => bot.stop());
    bots.push(bot);
  }
  return {
    stop,
    longestCaptureGapMs: () => Math.max(...bots.map((b) => b.takeLongestCaptureGapMs())),
  };
}

/** A LiveKit token of our own, for the unencrypted baseline room (not a session of ours). */
function plainToken(stack: WebStack, room: string, identity: string, publish: boolean) {
  const token = new AccessToken(stack.livekit.apiKey, stack.livekit.apiSecret, { identity });
  token.addGrant({ roomJoin: true, room, canPublish: publish, canSubscribe: true });
  return token.toJwt();
}

export const joinToFirstVideo: Benchmark = {
  name: 'join_to_first_video',
  aliases: ['join_to_first_video/sdk-baseline'],
  timeoutMs: 10 * 60_000,
  async run(ctx) {
    const trials = Math.min(60, Math.max(1, Number(process.env.BENCH_JOIN_TRIALS ?? 20)));
    const rtc = await loadRtc();
    const stack = await startWebStack(ctx, 'join-video');
    const baselineUrl = await startBaselineServer(ctx);
    const browser = await launchChromium();
    ctx.onCleanup(() => bounded(() => browser.close()));

    // The unencrypted baseline's room: two publishers for the whole run.
    const plainRoom = `baseline-plain-${randomBytes(4).toString('hex')}`;
    // Our LiveKit creates rooms only through its API (our server does so for sessions).
    await new RoomServiceClient(
      stack.livekit.url.replace(/^ws/, 'http'),
      stack.livekit.apiKey,
      stack.livekit.apiSecret,
    ).createRoom({ name: plainRoom, emptyTimeout: 600 });
    const plainPublishers = await twoPublishers(ctx, rtc, stack, async (i) => {
      const identity = `plain-publisher-${i}`;
      const room = new rtc.Room();
      await room.connect(stack.livekit.url, await plainToken(stack, plainRoom, identity, true), {
        autoSubscribe: false,
        dynacast: false,
      });
      return { room, identity, roomName: plainRoom };
    });

    const samples: Record<Variant, JoinSamples> = {
      ours: newJoinSamples(),
      baseline: newJoinSamples(),
      plain: newJoinSamples(),
    };
    let session: KeyedSession | null = null;
    let publishers: Publishers | null = null;
    const budgetEnds = Date.now() + BUDGET_MS;
    let stopped: string | null = null;
    for (let t = 0; t < trials && !ctx.signal.aborted; t++) {
      if (Date.now() > budgetEnds) {
        stopped = `time budget of ${BUDGET_MS / 1000} s spent after ${t} trials`;
        break;
      }
      if (t % TRIALS_PER_SESSION === 0) {
        await publishers?.stop();
        const s = await keyedSession(
          stack,
          { title: 'join bench', method: 'intervision', durations: {} },
          2,
        );
        session = s;
        publishers = await twoPublishers(ctx, rtc, stack, async (i) => {
          const j = s.joins[i]!;
          const room = await rtc.connectEncryptedPeer(j.livekit!.url, j.livekit!.token, s.mediaKey);
          return { room, identity: j.identity, roomName: s.id };
        });
      }
      const current = session!;
      // The baseline's person is a member too, its token fetched beforehand (not timed): the SDK
      // page starts from "I have a URL and a token".
      const member = await join(stack.url, current.id, current.serverInviteUrl, `Baseline ${t}`);
      const plainIdentity = `plain-viewer-${t}`;
      const runs: Record<Variant, () => Promise<JoinTimeline>> = {
        ours: () =>
          timeJoin(
            browser,
            stack.url,
            `Joiner ${t}`,
            (page) =>
              fillJoinForm(page, current.inviteUrl, `Joiner ${t}`, {
                camera: process.env.BENCH_JOIN_CAMERA !== 'off',
              }),
            {
              button: '[data-testid="join-submit"]',
              remoteVideo: 'video[data-lk-local-participant="false"]',
            },
            FRAME_TIMEOUT_MS,
            FOLLOW_MS,
          ),
        baseline: () =>
          timeJoin(
            browser,
            baselineUrl,
            `Baseline ${t}`,
            async (page) => {
              const q = new URLSearchParams({
                url: member.livekit!.url,
                token: member.livekit!.token,
                key: current.mediaKey,
              });
              await page.goto(`${baselineUrl}/?${q}`);
              await page.locator('body[data-state="ready"]').waitFor();
            },
            { button: '#join', remoteVideo: 'video[data-remote="true"]' },
            FRAME_TIMEOUT_MS,
            FOLLOW_MS,
          ),
        plain: async () => {
          const token = await plainToken(stack, plainRoom, plainIdentity, false);
          return timeJoin(
            browser,
            baselineUrl,
            `Plain ${t}`,
            async (page) => {
              const q = new URLSearchParams({ url: stack.livekit.url, token });
              await page.goto(`${baselineUrl}/?${q}`);
              await page.locator('body[data-state="ready"]').waitFor();
            },
            { button: '#join', remoteVideo: 'video[data-remote="true"]' },
            FRAME_TIMEOUT_MS,
            FOLLOW_MS,
          );
        },
      };
      // Side by side, each first in turn, so neither profits from going second.
      const order: Variant[] = ['ours', 'baseline', 'plain'];
      for (let k = 0; k < t % 3; k++) order.push(order.shift()!);
      for (const v of order) {
        // Whether the publishers' own capture loop paused during this join (the bench process
        // busy): a picture that stops for everyone at once would start there.
        const room = v === 'plain' ? plainPublishers : publishers!;
        room.longestCaptureGapMs();
        try {
          const tl = await runs[v]();
          noteJoin(samples[v], tl);
          const trial = samples[v].trials.at(-1)!;
          trial.publisherCaptureGapMs = room.longestCaptureGapMs();
          if (stalled(trial) || (trial.maxGapAfterFirst ?? 0) >= FREEZE_MS)
            ctx.log(
              `trial ${t} ${v} stalled or froze: ${JSON.stringify(trial)} inbound ${JSON.stringify(tl.inbound)}`,
            );
        } catch (err) {
          samples[v].timeouts++;
          ctx.log(`trial ${t} ${v}: ${err instanceof Error ? err.message.split('\n')[0] : err}`);
        }
      }
      ctx.log(
        `trial ${t + 1}/${trials}: ours ${samples.ours.ms.at(-1) ?? '–'} ms, baseline ${samples.baseline.ms.at(-1) ?? '–'} ms, plain ${samples.plain.ms.at(-1) ?? '–'} ms`,
      );
    }
    await publishers?.stop();

    const o = summarize(samples.ours.ms);
    const b = summarize(samples.baseline.ms);
    const p = summarize(samples.plain.ms);
    const ratioP50 = round(o.p50 / b.p50, 2);
    const ratioP99 = round(o.p99 / b.p99, 2);
    const where =
      `Chromium (Debian, headless, fake camera and microphone), one fresh browser context per join; ` +
      `a session's room where two rtc-node participants publish a 320×240, 15 fps camera, end-to-end encrypted with the session's key; ` +
      `${trials} trials, the three pages taking turns going first. From the click on the page's button (its event timestamp) ` +
      `to the first frame a remote <video> renders (requestVideoFrameCallback, on the page's own clock)`;
    const base = (s: ReturnType<typeof summarize>, name: string, samplesOf: JoinSamples) => ({
      name,
      samples: s.samples,
      p50: round(s.p50),
      p99: round(s.p99),
      max: round(s.max),
      unit: 'ms',
      timeouts: samplesOf.timeouts,
      stalls: samplesOf.stalls,
      freezes: samplesOf.freezes,
      stretches: stretches(samplesOf),
      breakdown: breakdown(samplesOf),
      trials: samplesOf.trials,
      inbound: samplesOf.inbound,
      stopped,
    });
    const rows: BenchResult[] = [
      {
        ...base(o, 'join_to_first_video', samples.ours),
        target: `p50 ≤ ${TARGET_RATIO} × sdk-baseline p50, no time-outs`,
        met:
          o.samples > 0 && b.samples > 0 && ratioP50 <= TARGET_RATIO && samples.ours.timeouts === 0,
        ratioP50,
        ratioP99,
        notes:
          `${where}. Our production client (built from this checkout, served by the real server): an invite link with its media key, ` +
          `name filled, camera and microphone left on (the form's defaults), agreement ticked, page idle (the room's code prefetched), ` +
          `then "Enter": join API, socket, encryption key, LiveKit connect, publishing its own camera and microphone, the stage. ` +
          `Ratio to the encrypted sdk-baseline: p50 ${ratioP50}×, p99 ${ratioP99}×.` +
          (samples.ours.timeouts
            ? ` ${samples.ours.timeouts} joins showed no remote frame within ${FRAME_TIMEOUT_MS / 1000} s.`
            : '') +
          (stopped ? ` ${stopped}.` : ''),
      },
      {
        ...base(b, 'join_to_first_video/sdk-baseline', samples.baseline),
        target: 'context (the reference)',
        met: null,
        notes:
          `${where}. A minimal page bundled with esbuild from a tiny entry (bench/webclient/baselinePage/main.ts) that uses only ` +
          `livekit-client with its default options: on "Join" it creates the Room with the same end-to-end encryption as our client ` +
          `(raw key bytes, the SDK's worker), connects with a token fetched beforehand for a member of the same session, and attaches ` +
          `each remote camera. Same room, same publishers as our client's joins.`,
      },
      {
        ...base(p, 'join_to_first_video/sdk-baseline-plain', samples.plain),
        target: 'context (no target)',
        met: null,
        notes:
          `${where}, but unencrypted: the same baseline page without a key, in a room of its own (not a session) ` +
          `with two unencrypted publishers of the same camera, tokens signed by the benchmark. What encryption costs the baseline.`,
      },
    ];
    return rows;
  },
};
