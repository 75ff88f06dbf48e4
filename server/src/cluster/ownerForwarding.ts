import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { toErrorBody } from '../http/errorReply.js';
import type { SessionOp } from '../sessions/sessionOps.js';
import { ServiceError } from '../sessions/serviceError.js';
import { forwardedMessageSchema, toSessionOp, type ForwardedMessage } from './forwardedMessage.js';
import type { RedisConnection } from './redisConnection.js';

const channel = (nodeId: string) => `iv:node:${nodeId}`;

interface Pending {
  resolve(result: unknown): void;
  reject(err: unknown): void;
  timer: NodeJS.Timeout;
}

/**
 * Request and answer between nodes over Redis pub/sub: each node listens on its own channel, runs
 * what it is asked (`serve`) and answers on the asker's channel. An owner that does not answer in
 * time is `session_unavailable`; the asker's caller may retry once the session has failed over.
 */
export class OwnerForwarding {
  private readonly pending = new Map<string, Pending>();
  private subscriber: RedisConnection | null = null;

  constructor(
    private readonly redis: RedisConnection,
    private readonly nodeId: string,
    private readonly serve: (op: SessionOp) => Promise<unknown>,
    private readonly logger: Logger,
    private readonly timeoutMs = 5_000,
  ) {}

  async start(): Promise<void> {
    const sub = this.redis.duplicate();
    sub.on('error', () => {}); // the main client logs outages; this one reconnects by itself
    await sub.connect();
    await sub.subscribe(channel(this.nodeId), (raw) => void this.receive(raw));
    this.subscriber = sub;
  }

  async close(): Promise<void> {
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(new ServiceError('session_unavailable', 'This node is shutting down.'));
    }
    this.pending.clear();
    this.subscriber?.destroy();
  }

  /** Sends the operation to the owner node and waits for its answer. */
  async request(owner: string, op: SessionOp): Promise<unknown> {
    const id = randomUUID();
    const answer = new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new ServiceError('session_unavailable', 'The node running this session is busy.'));
      }, this.timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
    });
    const message: ForwardedMessage = { type: 'request', id, from: this.nodeId, op };
    const receivers = await this.redis.publish(channel(owner), JSON.stringify(message));
    if (receivers === 0) {
      // The owner is gone but its lease has not lapsed yet: the session fails over shortly.
      this.settle(id, (p) =>
        p.reject(new ServiceError('session_unavailable', 'The session is moving to another node.')),
      );
    }
    return answer;
  }

  private settle(id: string, done: (p: Pending) => void): void {
    const p = this.pending.get(id);
    if (!p) return;
    clearTimeout(p.timer);
    this.pending.delete(id);
    done(p);
  }

  private async receive(raw: string): Promise<void> {
    let message: ForwardedMessage;
    try {
      message = forwardedMessageSchema.parse(JSON.parse(raw));
    } catch (err) {
      this.logger.warn({ err }, 'malformed message between nodes ignored');
      return;
    }
    if (message.type === 'reply') {
      this.settle(message.id, (p) =>
        message.ok
          ? p.resolve(message.result)
          : p.reject(new ServiceError(message.error, message.message)),
      );
      return;
    }
    let reply: ForwardedMessage;
    try {
      const result = await this.serve(toSessionOp(message.op));
      reply = { type: 'reply', id: message.id, ok: true, result: result ?? null };
    } catch (err) {
      const body = toErrorBody(err, this.logger, { forwardedFrom: message.from });
      reply = { type: 'reply', id: message.id, ok: false, ...body };
    }
    await this.redis.publish(channel(message.from), JSON.stringify(reply)).catch((err: unknown) => {
      this.logger.warn({ err }, 'forwarded answer not sent');
    });
  }
}
