import { EventEmitter } from 'node:events';
import type {
  Ack,
  CreateGatheringRequest,
  CreateGatheringResponse,
  GatheringClientToServerEvents,
  GatheringMoved,
  GatheringServerToClientEvents,
  GatheringView,
  JoinGatheringResponse,
} from '@intervision/shared';
import type { Socket } from 'socket.io-client';
import { request, secretOf } from './api.js';
import { openTestSocket, whenConnected } from './testSocket.js';
import { waitForEvent, withTimeout, type Listenable } from './waitFor.js';

export type GatheringSocket = Socket<GatheringServerToClientEvents, GatheringClientToServerEvents>;

export async function createGathering(
  base: string,
  req: CreateGatheringRequest,
): Promise<CreateGatheringResponse> {
  const res = await request<CreateGatheringResponse>(base, 'POST', '/api/gatherings', req);
  if (res.status !== 201)
    throw new Error(`create gathering failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function joinGathering(
  base: string,
  gatheringId: string,
  url: string,
  name: string,
): Promise<JoinGatheringResponse> {
  const res = await request<JoinGatheringResponse>(
    base,
    'POST',
    `/api/gatherings/${gatheringId}/join`,
    { secret: secretOf(url), name },
  );
  if (res.status !== 200)
    throw new Error(`join gathering failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/**
 * A real socket.io-client on `/gathering` that keeps the latest view and records every move it
 * receives, so tests wait for events instead of sleeping. Only the latest view is kept: a view
 * lists everyone, so 100 clients in one process (the breakout benchmark) keeping every view they
 * were sent held gigabytes and stalled that process in garbage collection.
 */
export class GatheringClient {
  readonly moves: GatheringMoved[] = [];
  private readonly events = new EventEmitter();
  private last: GatheringView | undefined;

  private constructor(readonly socket: GatheringSocket) {
    socket.on('gathering:state', (view) => {
      this.last = view;
      this.events.emit('view', view);
    });
    socket.on('gathering:moved', (moved) => {
      this.moves.push(moved);
      this.events.emit('moved', moved);
    });
  }

  static async connect(
    url: string,
    credential: string,
    timeoutMs = 5000,
  ): Promise<GatheringClient> {
    const socket = openTestSocket(`${url}/gathering`, credential) as GatheringSocket;
    const client = new GatheringClient(socket);
    await whenConnected(socket, timeoutMs);
    return client;
  }

  get latest(): GatheringView | undefined {
    return this.last;
  }

  /** Resolves with the first view (already received or future) that passes `test`. */
  async waitFor(
    test: (v: GatheringView) => boolean,
    timeoutMs = 10_000,
    label = 'view',
  ): Promise<GatheringView> {
    const latest = this.latest;
    if (latest && test(latest)) return latest;
    try {
      const [view] = await waitForEvent<[GatheringView]>(this.events, 'view', test, timeoutMs);
      return view;
    } catch {
      throw new Error(`timed out waiting for ${label}; last stage: ${this.latest?.stage}`);
    }
  }

  /** Resolves with the first move (already received or future) that passes `test`. */
  async waitForMove(
    test: (m: GatheringMoved) => boolean,
    timeoutMs = 10_000,
  ): Promise<GatheringMoved> {
    const seen = this.moves.find(test);
    if (seen) return seen;
    const [moved] = await waitForEvent<[GatheringMoved]>(this.events, 'moved', test, timeoutMs);
    return moved;
  }

  /** Resolves with the payload of the next `event` the server sends, within `timeoutMs`. */
  async next<T = unknown>(
    event: keyof GatheringServerToClientEvents,
    timeoutMs = 10_000,
  ): Promise<T> {
    const events = this.socket as unknown as Listenable;
    const [payload] = await waitForEvent<[T]>(events, event, undefined, timeoutMs, event);
    return payload;
  }

  /** Sends a command and resolves with its ack. */
  send(event: string, payload?: unknown): Promise<Ack<Record<string, unknown>>> {
    const s = this.socket as unknown as { emit: (...args: unknown[]) => void };
    const acked = new Promise<Ack<Record<string, unknown>>>((resolve) => {
      if (payload === undefined) s.emit(event, resolve);
      else s.emit(event, payload, resolve);
    });
    return withTimeout(acked, 5000, `ack for ${event}`);
  }

  /** Asks for the current view (`gathering:get`). */
  async view(): Promise<GatheringView> {
    const ack = await this.send('gathering:get');
    if (!ack.ok) throw new Error(`gathering:get failed: ${ack.error}`);
    return ack.view as GatheringView;
  }

  close(): void {
    this.socket.close();
  }
}
