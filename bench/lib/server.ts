import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JoinSessionResponse } from '@intervision/shared';
import {
  sessionWithMembers as joinMembers,
  startServerProcess,
  type ServerProcess,
} from '@intervision/testkit';
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

/** A bench session (auto-advancing) with `members` people joined; the first is the chair. */
export async function sessionWithMembers(
  url: string,
  method: string,
  durations: Record<string, number>,
  members: number,
): Promise<{ id: string; joins: JoinSessionResponse[] }> {
  const req = { title: 'bench', method, durations, autoAdvance: true };
  const { created, joins } = await joinMembers(url, req, members);
  return { id: created.id, joins };
}
