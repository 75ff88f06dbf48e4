import type { SessionStatus } from '@intervision/shared';
import type { Logger } from 'pino';

/** One persisted snapshot of a session's machine, as it goes to the store. */
export interface SnapshotWrite {
  status: SessionStatus;
  snapshot: unknown;
}

export interface SnapshotWriterDeps {
  /** Stores one snapshot; false when the store's fence refused it (a newer owner wrote). */
  save(write: SnapshotWrite): Promise<boolean>;
  /** The latest snapshot is stored: now listeners may hear about it. */
  stored(): Promise<void> | void;
  /** The store refused the write: this node must stop running the session. */
  fenced(): void;
  logger: Logger;
  /** Waits between attempts while the store fails; real timers unless a test injects one. */
  wait?: (ms: number) => Promise<void>;
}

/** Backoff while the database is away: quick at first, then every 5 s until it is back. */
export const RETRY_DELAYS_MS: readonly number[] = [100, 250, 500, 1000, 2000, 5000];

const realWait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref?.());

/**
 * The per-session serial queue between the machine and the store. Transitions happen
 * synchronously inside the actor; their writes go out one at a time, in order, and listeners hear
 * only after the write of the state they will see has been stored. Snapshots that arrive while a
 * write is in flight are coalesced into the latest (each is the whole state), so a slow database
 * delays broadcasts but never reorders or loses them. A failed write is retried with backoff,
 * with the newest snapshot, until it succeeds or the writer is stopped.
 */
export class SnapshotWriter {
  private latest: SnapshotWrite | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;
  private refused = false;

  constructor(private readonly deps: SnapshotWriterDeps) {}

  /** True once the store's fence refused a write: nothing more is written, nothing was told. */
  get fenced(): boolean {
    return this.refused;
  }

  /** Queues the machine's newest snapshot. */
  push(write: SnapshotWrite): void {
    if (this.stopped) return;
    this.latest = write;
    this.running ??= this.run();
  }

  /** Resolves once every snapshot queued so far is stored and its listeners have heard. */
  settled(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  /** No more writes start; one in flight finishes, a retrying one gives up. */
  stop(): void {
    this.stopped = true;
  }

  private async run(): Promise<void> {
    for (;;) {
      const write = this.latest;
      if (!write || this.stopped) {
        this.running = null;
        return;
      }
      this.latest = null;
      const stored = await this.saveWithRetry(write);
      if (stored === 'fenced') {
        this.stopped = true;
        this.refused = true;
        this.deps.fenced();
      } else if (stored === 'stored' && this.latest === null) {
        try {
          await this.deps.stored();
        } catch (err) {
          this.deps.logger.error({ err }, 'listeners failed after a stored transition');
        }
      }
    }
  }

  private async saveWithRetry(first: SnapshotWrite): Promise<'stored' | 'fenced' | 'abandoned'> {
    const wait = this.deps.wait ?? realWait;
    let write = first;
    for (let attempt = 0; ; attempt++) {
      try {
        return (await this.deps.save(write)) ? 'stored' : 'fenced';
      } catch (err) {
        if (this.stopped) {
          this.deps.logger.error({ err }, 'snapshot not stored; the session was closed');
          return 'abandoned';
        }
        const delay = RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)] ?? 5000;
        this.deps.logger.warn({ err, attempt, retryInMs: delay }, 'snapshot write failed');
        await wait(delay);
        // Whatever the machine did meanwhile supersedes the failed write: store the newest.
        if (this.latest) {
          write = this.latest;
          this.latest = null;
        }
      }
    }
  }
}
