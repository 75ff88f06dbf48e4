import type { Logger } from 'pino';
import type { SessionOwnership } from '../sessions/sessionOwnership.js';
import type { SessionStore } from '../store/sessionStore.js';
import type { LeaseStore } from './leaseStore.js';

/** The leases as ownership uses them (a Redis `LeaseStore` in production). */
export type Leases = Pick<
  LeaseStore,
  'nodeId' | 'ttlMs' | 'claim' | 'extend' | 'release' | 'holders'
>;

export type Claim = { held: true } | { held: false; owner: string | null };

/** What ownership needs of the shared store: the sessions, and the epoch fence on them. */
export type OwnershipStore = Pick<
  SessionStore,
  'getSession' | 'listRunningSessions' | 'claimEpoch'
>;

/**
 * Which sessions this node runs: a lease in Redis per session, renewed every third of its TTL, and
 * the fencing epoch it was taken with, recorded in the store at once and written with every
 * snapshot (`store.saveSnapshot(…, epoch)`). A lease found lost stops the session here at once
 * (`onLost`); every orphaned running session is offered to `adopt`.
 */
export class ClusterOwnership implements SessionOwnership {
  private readonly held = new Map<string, number>();
  /** Claims in flight, so concurrent requests for one session make one claim. */
  private readonly claiming = new Map<string, Promise<Claim>>();
  private timer: NodeJS.Timeout | null = null;
  private ticking = false;
  private redisDown = false;
  private orphansFailing = false;

  constructor(
    private readonly deps: {
      leases: Leases;
      store: OwnershipStore;
      logger: Logger;
      /** The lease was lost: stop the actor and forget the session (no write, no broadcast). */
      onLost: (sessionId: string) => void;
      /** A running session has no owner: load it here (the lease is already ours). */
      adopt: (sessionId: string) => Promise<void>;
    },
  ) {}

  get nodeId(): string {
    return this.deps.leases.nodeId;
  }

  epochOf(sessionId: string): number | undefined {
    return this.held.get(sessionId);
  }

  heldIds(): string[] {
    return [...this.held.keys()];
  }

  dropped(sessionId: string): void {
    if (!this.held.delete(sessionId)) return;
    this.deps.leases.release(sessionId).catch((err: unknown) => {
      // It lapses by itself after the TTL.
      this.deps.logger.warn({ sessionId, err }, 'lease not released');
    });
  }

  /** Takes the session's lease if free; then the store is fenced before anything is loaded. */
  claim(sessionId: string): Promise<Claim> {
    if (this.held.has(sessionId)) return Promise.resolve({ held: true });
    let pending = this.claiming.get(sessionId);
    if (!pending) {
      pending = this.takeLease(sessionId).finally(() => this.claiming.delete(sessionId));
      this.claiming.set(sessionId, pending);
    }
    return pending;
  }

  /** Renews leases and looks for orphans every third of the TTL, until `stop`. */
  start(): void {
    const every = Math.max(100, Math.floor(this.deps.leases.ttlMs / 3));
    this.timer = setInterval(() => void this.tick(), every);
    this.timer.unref();
    void this.tick();
  }

  /** Stops the loop; with `release`, gives up every lease so other nodes take over at once. */
  async stop(release: boolean): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (!release) return;
    const ids = [...this.held.keys()];
    this.held.clear();
    await Promise.allSettled(ids.map((id) => this.deps.leases.release(id)));
  }

  private async takeLease(sessionId: string): Promise<Claim> {
    const { leases, store, logger } = this.deps;
    const stored = (await store.getSession(sessionId))?.snapshotEpoch ?? 0;
    const result = await leases.claim(sessionId, stored);
    if (!result.held) return { held: false, owner: result.owner };
    if (!(await store.claimEpoch(sessionId, result.epoch).catch(() => false))) {
      // The store saw a newer owner than Redis knows of (Redis lost its counters), the session is
      // gone, or the database is away: let the lease go rather than run what we cannot write.
      await leases.release(sessionId).catch(() => undefined);
      logger.warn({ sessionId, epoch: result.epoch }, 'lease taken but its epoch not recorded');
      return { held: false, owner: null };
    }
    this.held.set(sessionId, result.epoch);
    logger.info({ sessionId, epoch: result.epoch }, 'session lease taken');
    return { held: true };
  }

  private async tick(): Promise<void> {
    if (this.ticking) return;
    this.ticking = true;
    try {
      await this.renew();
      if (this.redisDown) this.deps.logger.info('leases renewed again');
      this.redisDown = false;
    } catch (err) {
      // Redis is away: keep running what we hold (no other node can take it meanwhile, and the
      // store refuses our writes if one did); the client reconnects and the next tick retries.
      if (!this.redisDown) this.deps.logger.error({ err }, 'leases cannot be renewed; retrying');
      this.redisDown = true;
      this.ticking = false;
      return;
    }
    try {
      await this.adoptOrphans();
      this.orphansFailing = false;
    } catch (err) {
      // Redis or the database is away: orphans are looked for again on the next tick.
      if (!this.orphansFailing) this.deps.logger.warn({ err }, 'orphans not looked for; retrying');
      this.orphansFailing = true;
    } finally {
      this.ticking = false;
    }
  }

  private async renew(): Promise<void> {
    const ids = [...this.held.keys()];
    const kept = await Promise.all(ids.map((id) => this.deps.leases.extend(id)));
    // A session deleted by another node (a group's deletion, its sweeper) has nothing left to run.
    // A database that does not answer deletes nothing: keep running until it is back.
    const exists = await Promise.all(
      ids.map((id, i) =>
        kept[i]
          ? this.deps.store.getSession(id).then(
              (s) => s !== undefined,
              () => true,
            )
          : false,
      ),
    );
    ids.forEach((id, i) => {
      if (!this.held.has(id)) return;
      if (kept[i] && exists[i]) return;
      this.held.delete(id);
      if (kept[i]) void this.deps.leases.release(id).catch(() => undefined);
      const why = kept[i] ? 'session deleted by another node' : 'session lease lost';
      this.deps.logger.warn({ sessionId: id }, `${why}; stopping it here`);
      this.deps.onLost(id);
    });
  }

  private async adoptOrphans(): Promise<void> {
    const running = await this.deps.store.listRunningSessions();
    const ids = running.map((s) => s.id).filter((id) => !this.held.has(id));
    const holders = await this.deps.leases.holders(ids);
    for (const [i, id] of ids.entries()) {
      if (holders[i] !== null) continue;
      const claim = await this.claim(id);
      if (!claim.held) continue;
      try {
        await this.deps.adopt(id);
      } catch (err) {
        this.deps.logger.error({ sessionId: id, err }, 'orphaned session not adopted');
        this.dropped(id);
      }
    }
  }
}
