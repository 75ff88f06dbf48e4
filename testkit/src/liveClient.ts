import { EventEmitter } from 'node:events';
import type {
  Ack,
  ClientToServerEvents,
  ServerToClientEvents,
  SessionView,
} from '@intervision/shared';
import type { Socket } from 'socket.io-client';
import { openTestSocket, whenConnected } from './testSocket.js';
import { waitForEvent, withTimeout, type Listenable } from './waitFor.js';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * A real socket.io-client participant that records every view it receives, so tests wait for
 * events instead of sleeping.
 */
export class LiveClient {
  readonly views: SessionView[] = [];
  /** Re-emits each view as `view`, for waitForEvent. */
  private readonly viewEvents = new EventEmitter();

  private constructor(readonly socket: ClientSocket) {
    socket.on('session:state', (view) => {
      this.views.push(view);
      this.viewEvents.emit('view', view);
    });
  }

  static async connect(url: string, credential: string, timeoutMs = 5000): Promise<LiveClient> {
    const socket = openTestSocket(url, credential) as ClientSocket;
    const client = new LiveClient(socket);
    await whenConnected(socket, timeoutMs);
    return client;
  }

  get latest(): SessionView | undefined {
    return this.views.at(-1);
  }

  /** Resolves with the first view (already received or future) that passes `test`. */
  async waitFor(
    test: (v: SessionView) => boolean,
    timeoutMs = 10_000,
    label = 'view',
  ): Promise<SessionView> {
    const latest = this.latest;
    if (latest && test(latest)) return latest;
    try {
      const [view] = await waitForEvent<[SessionView]>(this.viewEvents, 'view', test, timeoutMs);
      return view;
    } catch {
      throw new Error(
        `timed out waiting for ${label}; last: ${JSON.stringify(this.latest?.phase)}`,
      );
    }
  }

  /** Resolves with the payload of the next `event` the server sends, within `timeoutMs`. */
  async next<T = unknown>(event: keyof ServerToClientEvents, timeoutMs = 10_000): Promise<T> {
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

  close(): void {
    this.socket.close();
  }
}
