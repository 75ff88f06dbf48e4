import type {
  Ack,
  ClientToServerEvents,
  ServerToClientEvents,
  SessionView,
} from '@intervision/shared';
import { io, type Socket } from 'socket.io-client';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * A real socket.io-client participant that records every view it receives, so tests wait for
 * events instead of sleeping.
 */
export class LiveClient {
  readonly views: SessionView[] = [];
  private waiters: Array<{ test: (v: SessionView) => boolean; resolve: (v: SessionView) => void }> =
    [];

  private constructor(readonly socket: ClientSocket) {
    socket.on('session:state', (view) => {
      this.views.push(view);
      this.waiters = this.waiters.filter((w) => {
        if (!w.test(view)) return true;
        w.resolve(view);
        return false;
      });
    });
  }

  static async connect(url: string, credential: string, timeoutMs = 5000): Promise<LiveClient> {
    const socket: ClientSocket = io(url, {
      auth: { credential },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    const client = new LiveClient(socket);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('connect timed out')), timeoutMs);
      socket.once('connect', () => {
        clearTimeout(timer);
        resolve();
      });
      socket.once('connect_error', (err) => {
        clearTimeout(timer);
        socket.close();
        reject(err);
      });
    });
    return client;
  }

  get latest(): SessionView | undefined {
    return this.views.at(-1);
  }

  /** Resolves with the first view (already received or future) that passes `test`. */
  waitFor(
    test: (v: SessionView) => boolean,
    timeoutMs = 10_000,
    label = 'view',
  ): Promise<SessionView> {
    const latest = this.latest;
    if (latest && test(latest)) return Promise.resolve(latest);
    return new Promise((resolve, reject) => {
      const waiter = {
        test,
        resolve: (v: SessionView) => {
          clearTimeout(timer);
          resolve(v);
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(
          new Error(`timed out waiting for ${label}; last: ${JSON.stringify(this.latest?.phase)}`),
        );
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** Sends a command and resolves with its ack. */
  send(event: string, payload?: unknown): Promise<Ack<Record<string, unknown>>> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ack for ${event}`)), 5000);
      const done = (ack: Ack<Record<string, unknown>>) => {
        clearTimeout(timer);
        resolve(ack);
      };
      const s = this.socket as unknown as { emit: (...args: unknown[]) => void };
      if (payload === undefined) s.emit(event, done);
      else s.emit(event, payload, done);
    });
  }

  close(): void {
    this.socket.close();
  }
}
