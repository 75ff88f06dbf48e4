/**
 * One fanout client process: creates its slice of the sessions over HTTP (chair + 7 joins each),
 * holds their Socket.IO connections, fires chair commands at an agreed wall-clock instant, and
 * records when each socket first saw each phase. Driven by the parent over IPC.
 */
import type { CreateSessionResponse, JoinSessionResponse, SessionView } from '@intervision/shared';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';
import { secretOf } from '@intervision/testkit';
import { serveIpc } from '../lib/children.js';
import { mapLimit } from '../lib/util.js';

interface Member {
  sessionIndex: number;
  credential: string;
  chair: boolean;
  /** The node this member's socket connects to. */
  url: string;
  /** Whether that node runs the session; if not, its views come through the Redis adapter. */
  onOwner: boolean;
}

interface Seen {
  recvAt: number;
  startedAt: number;
  /** The phase's scheduled deadline as this client last saw it. */
  endsAt: number;
}

interface Client {
  member: Member;
  socket: Socket;
  seen: Map<string, Seen>;
}

const PER_SESSION = 8;
/** This process's own event-loop delay: a busy client process inflates the latencies it records. */
const eld = monitorEventLoopDelay({ resolution: 1 });
eld.enable();
let members: Member[] = [];
let clients: Client[] = [];
const watchers = new Set<() => void>();
/** How many sockets have seen each phase id: O(1) completion checks while messages pour in. */
const seenCount = new Map<string, number>();

async function post<T>(base: string, path: string, body: unknown, expect: number): Promise<T> {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  if (res.status !== expect) throw new Error(`${path}: ${res.status} ${text.slice(0, 200)}`);
  return JSON.parse(text) as T;
}

/**
 * Creates this worker's sessions. With several nodes (`urls`), session g (counted across workers
 * from `firstSession`) is created and its chair joined through node g mod nodes, so that node takes
 * its lease and runs it; the 8 sockets split evenly over the nodes in member order (chair first).
 */
async function setup(msg: Record<string, unknown>) {
  const urls = msg.urls as string[];
  const firstSession = msg.firstSession as number;
  const count = msg.sessions as number;
  const durations = msg.durations as Record<string, number>;
  const started = Date.now();
  const nodeOfMember = (k: number) => urls[Math.floor((k * urls.length) / PER_SESSION)] as string;
  const created = await mapLimit(
    Array.from({ length: count }, (_, i) => i),
    8,
    async (i) => {
      const owner = urls[(firstSession + i) % urls.length] as string;
      const s = await post<CreateSessionResponse>(
        owner,
        '/api/sessions',
        { title: `fanout ${msg.worker}-${i}`, method: msg.method, durations, autoAdvance: true },
        201,
      );
      const out: Member[] = [];
      for (let k = 0; k < PER_SESSION; k++) {
        const url = k === 0 ? s.chairUrl : s.inviteUrl;
        // The first join claims the session for the node it reaches: the chair's, on the owner.
        const j = await post<JoinSessionResponse>(
          k === 0 ? owner : nodeOfMember(k),
          `/api/sessions/${s.id}/join`,
          { secret: secretOf(url), name: k === 0 ? 'Chair' : `Peer ${k}` },
          200,
        );
        out.push({
          sessionIndex: i,
          credential: j.credential,
          chair: k === 0,
          url: nodeOfMember(k),
          onOwner: nodeOfMember(k) === owner,
        });
      }
      return out;
    },
  );
  members = created.flat();
  return { sessions: count, members: members.length, ms: Date.now() - started };
}

function connectOne(member: Member, timeoutMs: number): Promise<Client> {
  return new Promise((resolve, reject) => {
    const socket = io(member.url, {
      auth: { credential: member.credential },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      timeout: timeoutMs,
    });
    const client: Client = { member, socket, seen: new Map() };
    socket.on('session:state', (view: SessionView) => {
      const recvAt = Date.now();
      const phase = view.phase;
      if (!phase) return;
      const known = client.seen.get(phase.id);
      if (known) {
        known.endsAt = phase.endsAt;
        return;
      }
      client.seen.set(phase.id, { recvAt, startedAt: phase.startedAt, endsAt: phase.endsAt });
      seenCount.set(phase.id, (seenCount.get(phase.id) ?? 0) + 1);
      if (watchers.size) for (const w of watchers) w();
    });
    socket.once('connect', () => resolve(client));
    socket.once('connect_error', (err) => {
      socket.close();
      reject(err);
    });
  });
}

async function connect(msg: Record<string, unknown>) {
  const started = Date.now();
  let failed = 0;
  let firstError: string | null = null;
  const results = await mapLimit(members, (msg.concurrency as number) ?? 50, async (m) => {
    try {
      return await connectOne(m, 20_000);
    } catch (err) {
      failed++;
      firstError ??= err instanceof Error ? err.message : String(err);
      return null;
    }
  });
  clients = results.filter((c): c is Client => c !== null);
  return {
    connected: clients.length,
    failed,
    firstError,
    ms: Date.now() - started,
    rss: process.memoryUsage().rss,
  };
}

/** At wall-clock `at`, every chair sends `event`; resolves with the acks' outcome. */
async function fire(msg: Record<string, unknown>) {
  const event = msg.event as string;
  const at = msg.at as number;
  const chairs = clients.filter((c) => c.member.chair);
  await new Promise((r) => setTimeout(r, Math.max(0, at - Date.now())));
  eld.reset();
  const firedAt = Date.now();
  const acks = await Promise.all(
    chairs.map(
      (c) =>
        new Promise<string | null>((resolve) => {
          c.socket
            .timeout(30_000)
            .emit(event, {}, (err: Error | null, ack?: { ok: boolean; error?: string }) => {
              if (err) resolve('ack timeout');
              else resolve(ack?.ok ? null : (ack?.error ?? 'no ack'));
            });
        }),
    ),
  );
  const errors = acks.filter((a): a is string => a !== null);
  return {
    chairs: chairs.length,
    firedAt,
    lateMs: firedAt - at,
    errors: errors.length,
    firstError: errors[0] ?? null,
  };
}

/** Waits until every socket saw `phaseId` (or the timeout), then reports the timings. */
async function collect(msg: Record<string, unknown>) {
  const phaseId = msg.phaseId as string;
  /** The phase before: its scheduled deadline is when a deadline-driven transition was due. */
  const previousId = typeof msg.previousId === 'string' ? msg.previousId : null;
  if (msg.resetEld) eld.reset();
  const timeoutMs = msg.timeoutMs as number;
  // Counts sockets that may have closed since; good enough as a stop signal, the report recounts.
  const done = () => (seenCount.get(phaseId) ?? 0) >= clients.length;
  if (!done()) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(finish, timeoutMs);
      function finish() {
        clearTimeout(timer);
        watchers.delete(check);
        resolve();
      }
      function check() {
        if (done()) finish();
      }
      watchers.add(check);
    });
  }
  // Per client: receive time minus the server's transition instant (same host, same clock).
  const latencies: number[] = [];
  /** The same latencies split by whether the socket is on the node that runs its session. */
  const onOwner: number[] = [];
  const relayed: number[] = [];
  const sinceDue: number[] = [];
  const recvAts: number[] = [];
  const perSession = new Map<number, { startedAt: number; lastRecv: number }>();
  let missing = 0;
  for (const c of clients) {
    const s = c.seen.get(phaseId);
    if (!s) {
      missing++;
      continue;
    }
    latencies.push(s.recvAt - s.startedAt);
    (c.member.onOwner ? onOwner : relayed).push(s.recvAt - s.startedAt);
    const due = previousId ? c.seen.get(previousId)?.endsAt : undefined;
    if (due !== undefined) sinceDue.push(s.recvAt - due);
    recvAts.push(s.recvAt);
    const agg = perSession.get(c.member.sessionIndex);
    if (!agg) perSession.set(c.member.sessionIndex, { startedAt: s.startedAt, lastRecv: s.recvAt });
    else agg.lastRecv = Math.max(agg.lastRecv, s.recvAt);
  }
  const sessions = [...perSession.values()];
  return {
    latencies,
    onOwner,
    relayed,
    sinceDue,
    lastClientPerSession: sessions.map((s) => s.lastRecv - s.startedAt),
    startedAts: sessions.map((s) => s.startedAt),
    maxRecvAt: recvAts.length ? Math.max(...recvAts) : null,
    missing,
    disconnected: clients.filter((c) => !c.socket.connected).length,
    eldMaxMs: eld.max / 1e6,
    eldP99Ms: eld.percentile(99) / 1e6,
  };
}

serveIpc(async (msg) => {
  switch (msg.type) {
    case 'setup':
      return setup(msg);
    case 'connect':
      return connect(msg);
    case 'fire':
      return fire(msg);
    case 'collect':
      return collect(msg);
    case 'close':
      for (const c of clients) c.socket.close();
      clients = [];
      return { ok: true };
    default:
      throw new Error(`unknown request ${String(msg.type)}`);
  }
});
process.send?.({ type: 'ready' });
