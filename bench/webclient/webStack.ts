import { randomBytes } from 'node:crypto';
import type { CreateSessionRequest, JoinSessionResponse } from '@intervision/shared';
import { freePort, sessionWithMembers, startLivekit } from '@intervision/testkit';
import { startRealServer, tempDataDir } from '../lib/server.js';
import type { BenchContext } from '../lib/types.js';
import { buildClient } from './builtClient.js';

export interface WebStack {
  /** Our server, serving the freshly built client: http://127.0.0.1:<port>. */
  url: string;
  livekit: { url: string; apiKey: string; apiSecret: string };
}

/**
 * What a person's browser talks to: a private LiveKit on loopback posting its webhooks to the real
 * server entry (server/src/index.ts), which serves the production client built from this checkout.
 * Publishing rights arrive through those webhooks, exactly as in production.
 */
export async function startWebStack(ctx: BenchContext, label: string): Promise<WebStack> {
  const clientDist = await buildClient(ctx);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const lk = await startLivekit({ webhookUrl: `${url}/api/livekit/webhook` });
  ctx.onCleanup(() => lk.stop());
  await startRealServer(ctx, {
    PORT: String(port),
    PUBLIC_URL: url,
    CLIENT_DIST: clientDist,
    DATA_DIR: tempDataDir(ctx, label),
    LIVEKIT_URL: lk.url,
    LIVEKIT_API_KEY: lk.apiKey,
    LIVEKIT_API_SECRET: lk.apiSecret,
    LOG_LEVEL: 'warn',
  });
  return { url, livekit: { url: lk.url, apiKey: lk.apiKey, apiSecret: lk.apiSecret } };
}

export interface KeyedSession {
  id: string;
  /** The invite link as the chair's browser hands it out: `…#k=<secret>&e=<media key>`. */
  inviteUrl: string;
  /** The invite link as the server made it (`…#k=<secret>`), for joining through the API. */
  serverInviteUrl: string;
  mediaKey: string;
  /** Members joined through the API (the first is the chair), each with a LiveKit token. */
  joins: JoinSessionResponse[];
}

/**
 * A session created through the API with `members` people joined, and the media key the create
 * page would have added to its links (256 random bits, base64url), so browsers can join it.
 */
export async function keyedSession(
  stack: WebStack,
  req: CreateSessionRequest,
  members: number,
): Promise<KeyedSession> {
  const { created, joins } = await sessionWithMembers(stack.url, req, members);
  const missing = joins.find((j) => !j.livekit);
  if (missing) throw new Error(`no media token: ${missing.mediaError}`);
  const mediaKey = randomBytes(32).toString('base64url');
  return {
    id: created.id,
    inviteUrl: `${created.inviteUrl}&e=${mediaKey}`,
    serverInviteUrl: created.inviteUrl,
    mediaKey,
    joins,
  };
}
