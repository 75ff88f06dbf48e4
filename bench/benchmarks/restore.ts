import type { SessionView } from '@intervision/shared';
import { freePort, LiveClient, type ServerProcess } from '@intervision/testkit';
import { sessionWithMembers, startRealServer, tempDataDir } from '../lib/server.js';
import type { Benchmark, BenchContext, BenchResult } from '../lib/types.js';
import { seededRandom, sleep } from '../lib/util.js';
import { round, summarize } from '../stats.js';

const TARGET_MS = 100;
const SESSIONS_PER_TRIAL = 3;
const MEMBERS = 3;
/** Check-in lengths per session: long enough that the restart (~1–3 s) ends well before. */
const PHASE_SECONDS = [7, 8, 9];

interface Observed {
  sessionId: string;
  deadline: number;
  errorMs: number | null;
  enteredTwice: string[];
  deadlineKept: boolean;
}

/** Phase ids that some client saw begin at two different instants. */
function reentered(views: SessionView[]): string[] {
  const starts = new Map<string, Set<number>>();
  for (const v of views) {
    if (!v.phase) continue;
    const set = starts.get(v.phase.id) ?? new Set<number>();
    set.add(v.phase.startedAt);
    starts.set(v.phase.id, set);
  }
  return [...starts].filter(([, s]) => s.size > 1).map(([id]) => id);
}

async function trial(ctx: BenchContext, index: number, rand: () => number) {
  const env = { DATA_DIR: tempDataDir(ctx, `restore-${index}`), PORT: String(await freePort()) };
  let server: ServerProcess = await startRealServer(ctx, env);
  const sessions = [];
  for (let s = 0; s < SESSIONS_PER_TRIAL; s++) {
    sessions.push(
      await sessionWithMembers(
        server.url,
        'reflective-practice-group',
        { 'check-in': PHASE_SECONDS[s] ?? 8 },
        MEMBERS,
      ),
    );
  }
  const before = new Map<string, LiveClient[]>();
  for (const s of sessions) {
    const clients = await Promise.all(
      s.joins.map((j) => LiveClient.connect(server.url, j.credential)),
    );
    ctx.onCleanup(() => clients.forEach((c) => c.close()));
    before.set(s.id, clients);
    const ack = await clients[0]!.send('session:start');
    if (!ack.ok) throw new Error(`start failed: ${ack.error}`);
    await Promise.all(clients.map((c) => c.waitFor((v) => v.phase?.id === 'check-in')));
  }
  // Kill somewhere in the first seconds of the phase, at a seeded random point.
  await sleep(500 + rand() * 1500, ctx.signal);
  const killedAt = Date.now();
  await server.kill();
  for (const clients of before.values()) clients.forEach((c) => c.close());
  server = await startRealServer(ctx, env);
  const downMs = Date.now() - killedAt;

  const observed: Observed[] = [];
  await Promise.all(
    sessions.map(async (s) => {
      const old = before.get(s.id)!;
      const deadline = old[0]!.views.findLast((v) => v.phase?.id === 'check-in')!.phase!.endsAt;
      const clients = await Promise.all(
        s.joins.map((j) => LiveClient.connect(server.url, j.credential)),
      );
      ctx.onCleanup(() => clients.forEach((c) => c.close()));
      const restored = await clients[0]!.waitFor((v) => v.phase !== null, 10_000, 'restored phase');
      const next = await Promise.all(
        clients.map((c) => c.waitFor((v) => v.phase?.id === 'sharing', 20_000, 'next phase')),
      );
      // Linger so a second entry of either phase, had there been one, would be seen.
      await sleep(1500, ctx.signal);
      const enteredTwice = new Set<string>();
      clients.forEach((c, i) => {
        for (const id of reentered([...(old[i]?.views ?? []), ...c.views])) enteredTwice.add(id);
      });
      observed.push({
        sessionId: s.id,
        deadline,
        errorMs: next[0]!.phase!.startedAt - deadline,
        enteredTwice: [...enteredTwice],
        deadlineKept: restored.phase?.id === 'check-in' && restored.phase.endsAt === deadline,
      });
      clients.forEach((c) => c.close());
    }),
  );
  await server.kill();
  return { observed, downMs };
}

export const restore: Benchmark = {
  name: 'restore',
  timeoutMs: 6 * 60_000,
  async run(ctx): Promise<BenchResult[]> {
    const trials = Math.min(50, Math.max(1, Number(process.env.BENCH_RESTORE_TRIALS ?? 10)));
    const rand = seededRandom(Number(process.env.BENCH_SEED ?? 20240611) + 1);
    const all: Observed[] = [];
    const downtimes: number[] = [];
    for (let t = 0; t < trials && !ctx.signal.aborted; t++) {
      const r = await trial(ctx, t, rand);
      all.push(...r.observed);
      downtimes.push(r.downMs);
      ctx.log(
        `trial ${t + 1}/${trials}: down ${r.downMs} ms, errors ${r.observed.map((o) => o.errorMs).join(', ')} ms`,
      );
    }
    const errors = all.map((o) => o.errorMs).filter((e): e is number => e !== null);
    const abs = summarize(errors.map(Math.abs));
    const signed = summarize(errors);
    const twice = all.filter((o) => o.enteredTwice.length > 0);
    const lost = all.filter((o) => !o.deadlineKept);
    const down = summarize(downtimes);
    const met =
      errors.length === all.length &&
      abs.max <= TARGET_MS &&
      twice.length === 0 &&
      lost.length === 0;
    return [
      {
        name: 'restore',
        samples: abs.samples,
        p50: round(abs.p50),
        p99: round(abs.p99),
        max: round(abs.max),
        unit: 'ms |error|',
        target: `≤ ${TARGET_MS} ms, no phase entered twice`,
        met,
        notes:
          `${trials} crashes (SIGKILL 0.5–2 s into the phase, restart of server/src/index.ts on the same SQLite file), ` +
          `${SESSIONS_PER_TRIAL} sessions each; error = next phase's broadcast startedAt − the deadline clients saw before the crash ` +
          `(signed min ${round(signed.min)} / max ${round(signed.max)} ms). Downtime p50 ${round(down.p50)} ms (max ${round(down.max)}). ` +
          `Phases entered twice: ${twice.length}; restored with a different deadline: ${lost.length}.`,
        trials,
        sessionsPerTrial: SESSIONS_PER_TRIAL,
        signedErrorMs: { min: round(signed.min), p50: round(signed.p50), max: round(signed.max) },
        downtimeMs: { p50: round(down.p50), max: round(down.max) },
        phasesEnteredTwice: twice.length,
        deadlinesChangedByRestore: lost.length,
      },
    ];
  },
};
