import { createAdapter } from '@socket.io/redis-streams-adapter';
import type { Logger } from 'pino';
import type { ClusterConfig } from '../config.js';
import type { MediaGateway } from '../media/index.js';
import type { IoServer, SocketClusterOptions } from '../realtime/socketServer.js';
import {
  executeOp,
  sessionIdOfOp,
  type OpTargets,
  type SessionOp,
  type SessionRouter,
} from '../sessions/sessionOps.js';
import type { SessionService } from '../sessions/sessionService.js';
import { ServiceError } from '../sessions/serviceError.js';
import { ClusterOwnership, type OwnershipStore } from './clusterOwnership.js';
import { LeaseStore } from './leaseStore.js';
import { OwnerForwarding } from './ownerForwarding.js';
import type { RedisConnection } from './redisConnection.js';
import { recountPresence } from './presenceRecount.js';
import { adoptSession } from './sessionAdoption.js';

/** What the app needs once it has a service and a Socket.IO server. */
export interface ClusterParts extends OpTargets {
  service: SessionService;
  io: IoServer;
  media: MediaGateway;
  logger: Logger;
}

/**
 * This process as one node of a cluster: the Socket.IO adapter over Redis Streams, the leases of
 * the sessions it runs, and the routing of every session operation to the node that runs it.
 */
export class ClusterNode {
  readonly ownership: ClusterOwnership;
  readonly socket: SocketClusterOptions;
  private parts: ClusterParts | null = null;
  private recountTimer: NodeJS.Timeout | null = null;
  private readonly forwarding: OwnerForwarding;
  /** Adoptions in flight, so concurrent operations on one session load and relearn it once. */
  private readonly adopting = new Map<string, Promise<void>>();

  constructor(
    private readonly config: ClusterConfig,
    redis: RedisConnection,
    private readonly store: OwnershipStore,
    private readonly logger: Logger,
  ) {
    const leases = new LeaseStore(redis, config.nodeId, config.leaseTtlMs);
    this.ownership = new ClusterOwnership({
      leases,
      store,
      logger,
      onLost: (id) => this.parts?.service.registry.unload(id),
      adopt: (id) => this.adopt(id),
    });
    this.socket = { adapter: createAdapter(redis) };
    this.forwarding = new OwnerForwarding(
      redis,
      config.nodeId,
      (op) => this.run(op, false),
      logger,
    );
  }

  get nodeId(): string {
    return this.config.nodeId;
  }

  /** Routes operations: run here when this node owns (or can take) the session, else forward. */
  readonly router: SessionRouter = { run: (op) => this.run(op, true) as never };

  /** Starts serving forwarded requests, renewing leases and adopting orphaned sessions. */
  async start(parts: ClusterParts): Promise<void> {
    this.parts = parts;
    await this.forwarding.start();
    this.ownership.start();
    // Sockets of a node that died never said goodbye: recount now and then, not on every event.
    const every = Math.max(5_000, 2 * this.config.leaseTtlMs);
    let counting = false;
    this.recountTimer = setInterval(() => {
      if (counting) return;
      counting = true;
      const ids = this.ownership.heldIds();
      void recountPresence(parts.io, parts.service.registry, ids, this.logger).finally(() => {
        counting = false;
      });
    }, every);
    this.recountTimer.unref();
  }

  /** Stops the loops and gives up every lease; the caller has stopped the actors first. */
  async close(): Promise<void> {
    if (this.recountTimer) clearInterval(this.recountTimer);
    await this.ownership.stop(true);
    await this.forwarding.close();
  }

  /**
   * `retry`: an operation that found the session gone from this node while it ran (a command
   * whose write the store refused, a lease lost meanwhile) is sent once more through the
   * routing, to the new owner.
   */
  private async run(op: SessionOp, mayForward: boolean, retry = true): Promise<unknown> {
    const parts = this.requireParts();
    const sessionId = sessionIdOfOp(op);
    if (this.ownership.epochOf(sessionId) !== undefined || !(await this.exists(sessionId))) {
      // Ours, or no such session (the service answers not_found).
      return this.runHere(parts, op, mayForward, retry);
    }
    const claim = await this.ownership.claim(sessionId);
    if (claim.held) {
      if (!parts.service.registry.find(sessionId)) await this.adopt(sessionId);
      return this.runHere(parts, op, mayForward, retry);
    }
    if (!mayForward || claim.owner === null || claim.owner === this.nodeId) {
      throw new ServiceError('session_unavailable', 'The session is moving to another node.');
    }
    return this.forwarding.request(claim.owner, op);
  }

  /**
   * Runs the operation here. Its writes are awaited inside (`LiveSession.stored`): a command whose
   * transition the store refused (a newer owner took the session while this node still held it)
   * changed nothing, told no one and fails `session_unavailable`, and this node has let the
   * session go; it is sent on to the new owner instead of being acknowledged as done.
   */
  private async runHere(
    parts: ClusterParts,
    op: SessionOp,
    mayForward: boolean,
    retry: boolean,
  ): Promise<unknown> {
    try {
      return await executeOp(parts, op);
    } catch (err) {
      const moved =
        err instanceof ServiceError &&
        err.code === 'session_unavailable' &&
        this.ownership.epochOf(sessionIdOfOp(op)) === undefined;
      if (!moved || !mayForward || !retry) throw err;
      return this.run(op, true, false);
    }
  }

  private async exists(sessionId: string): Promise<boolean> {
    return (await this.store.getSession(sessionId)) !== undefined;
  }

  /**
   * Loads a session whose lease this node has just taken (see `adoptSession`), once however many
   * operations ask at the same time. One that cannot be loaded gives its lease back.
   */
  private adopt(sessionId: string): Promise<void> {
    let pending = this.adopting.get(sessionId);
    if (!pending) {
      const parts = this.requireParts();
      pending = adoptSession(parts, sessionId)
        .catch((err: unknown) => {
          // Deleted meanwhile, or refused: do not keep a lease for nothing.
          this.ownership.dropped(sessionId);
          throw err;
        })
        .finally(() => this.adopting.delete(sessionId));
      this.adopting.set(sessionId, pending);
    }
    return pending;
  }

  private requireParts(): ClusterParts {
    if (!this.parts) throw new ServiceError('session_unavailable', 'This node is starting.');
    return this.parts;
  }
}
