import type { Logger } from 'pino';
import { AirtimeMeter, type Airtime } from './airtimeMeter.js';
import type { ListenerDetails, OpenListener, RoomListener } from './roomListener.js';

export interface SessionAirtimeDeps {
  sessionId: string;
  now: () => number;
  logger: Logger;
  /** Fresh connection details for the session's hidden listener (tokens are short-lived). */
  details: () => Promise<ListenerDetails>;
  /** Joins the room as the hidden listener (the speaker-listener process in production). */
  open: OpenListener;
  /** The chair's figures: sent regularly while anyone speaks, and once when all stop. */
  emit: (report: Record<string, Airtime>) => void;
  /** 1 s by default: well within the 2 s the contract promises. */
  reportEveryMs?: number;
}

const FIRST_RETRY_MS = 2_000;
const MAX_RETRY_MS = 30_000;

/**
 * The airtime of one running session: ONE hidden listener in the media room follows every
 * member there and feeds an `AirtimeMeter` on the server's clock. A listener that cannot join or
 * is lost is logged and opened again once its retry delay has passed (or on a later `sync`, which
 * the service calls on every change and every few seconds); that never touches the session.
 */
export class SessionAirtime {
  private readonly meter: AirtimeMeter;
  private readonly speaking = new Set<string>();
  private targets: ReadonlySet<string> = new Set();
  private listener: RoomListener | null = null;
  private opening = false;
  private failures = 0;
  private retryAt = 0;
  private retryTimer: NodeJS.Timeout | null = null;
  private phaseKey: number | null = null;
  private readonly timer: NodeJS.Timeout;
  private closed = false;

  constructor(private readonly deps: SessionAirtimeDeps) {
    this.meter = new AirtimeMeter(deps.now);
    this.timer = setInterval(() => {
      if (this.meter.anyoneSpeaking) this.send();
    }, deps.reportEveryMs ?? 1_000);
    this.timer.unref();
  }

  /** Everyone's figures so far. */
  report(): Record<string, Airtime> {
    return this.meter.report();
  }

  /**
   * Listens to exactly `targets` (the members in the media room now) and notices a new phase by
   * its key (the phase index): the phase figures start again from zero.
   */
  sync(targets: ReadonlySet<string>, phaseKey: number): void {
    if (this.closed) return;
    if (this.phaseKey !== null && this.phaseKey !== phaseKey) {
      this.meter.phaseChanged();
      this.send();
    }
    this.phaseKey = phaseKey;
    const changed =
      targets.size !== this.targets.size || [...targets].some((t) => !this.targets.has(t));
    this.targets = new Set(targets);
    // Someone who left the room stops counting now, whatever the listener says later.
    for (const identity of [...this.speaking])
      if (!targets.has(identity)) this.speakingChanged(identity, false);
    if (this.listener) {
      if (changed) this.listener.setTargets([...targets]);
    } else {
      this.openWhenDue();
    }
  }

  /**
   * Opens the listener if anyone is in the room and the retry delay (if any) has passed; `due`
   * when the retry timer says so (a timer can fire a millisecond before the clock agrees).
   */
  private openWhenDue(due = false): void {
    if (this.closed || this.listener || this.opening || this.targets.size === 0) return;
    if (due || this.deps.now() >= this.retryAt) this.openListener();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.listener?.close();
    this.listener = null;
  }

  private openListener(): void {
    this.opening = true;
    void (async () => {
      try {
        const details = await this.deps.details();
        if (this.closed) return;
        let current: RoomListener | null = null;
        current = this.deps.open(details, [...this.targets], {
          joined: () => {
            if (this.listener === current) this.failures = 0;
          },
          speaking: (identity, speaking) => {
            if (this.listener === current && this.targets.has(identity))
              this.speakingChanged(identity, speaking);
          },
          left: (error) => {
            if (this.listener !== current) return;
            this.listener = null;
            this.failed(error);
          },
        });
        this.listener = current;
      } catch (err) {
        this.failed(err);
      } finally {
        this.opening = false;
      }
    })();
  }

  /** Nobody is heard any more; a new listener is opened on a sync after a growing delay. */
  private failed(err: unknown): void {
    for (const identity of [...this.speaking]) this.speakingChanged(identity, false);
    if (this.closed) return;
    this.failures += 1;
    const delay = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (this.failures - 1));
    this.retryAt = this.deps.now() + delay;
    this.deps.logger.warn(
      { sessionId: this.deps.sessionId, err, tryNumber: this.failures, retryInMs: delay },
      'airtime listener could not join or was lost; retrying later',
    );
    // Not left to the service's next sweep: a voice lost with a crashed listener process would
    // go uncounted for up to a sweep more than the delay.
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.openWhenDue(true);
    }, delay);
    this.retryTimer.unref();
  }

  private speakingChanged(identity: string, speaking: boolean): void {
    if (this.closed || speaking === this.speaking.has(identity)) return;
    if (speaking) this.speaking.add(identity);
    else this.speaking.delete(identity);
    this.meter.speakers(this.speaking);
    // The bars settle at once when the last voice stops; while anyone speaks the timer reports.
    if (!this.meter.anyoneSpeaking) this.send();
  }

  private send(): void {
    this.deps.emit(this.meter.report());
  }
}
