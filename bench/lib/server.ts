import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JoinSessionResponse } from '@intervision/shared';
import { createSession, join as joinSession } from '../../tests/harness/api.js';
import { startServerProcess, type ServerProcess } from '../../tests/harness/serverProcess.js';
import { adopt } from './children.js';
import { BENCH_RATE_LIMIT_ENV } from './rateLimitEnv.js';
import type { BenchContext } from './types.js';

/** A temp data dir removed after the benchmark. */
export function tempDataDir(ctx: BenchContext, label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `intervision-bench-${label}-`));
  ctx.onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The real server entry (server/src/index.ts) as a child process on loopback. */
export async function startRealServer(
  ctx: BenchContext,
  env: Record<string, string>,
): Promise<ServerProcess> {
  const server = await startServerProcess({ HOST: '127.0.0.1', ...BENCH_RATE_LIMIT_ENV, ...env });
  adopt(server.child);
  ctx.onCleanup(() => server.kill());
  return server;
}

/** Creates a session and joins `members` people (the first is the chair). */
export async function sessionWithMembers(
  url: string,
  method: string,
  durations: Record<string, number>,
  members: number,
): Promise<{ id: string; joins: JoinSessionResponse[] }> {
  const created = await createSession(url, {
    title: 'bench',
    method,
    durations,
    autoAdvance: true,
  });
  const joins: JoinSessionResponse[] = [];
  for (let i = 0; i < members; i++) {
    joins.push(
      await joinSession(
        url,
        created.id,
        i === 0 ? created.chairUrl : created.inviteUrl,
        i === 0 ? 'Chair' : `Peer ${i}`,
      ),
    );
  }
  return { id: created.id, joins };
}
