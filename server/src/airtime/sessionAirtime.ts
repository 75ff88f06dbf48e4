import type { Logger } from 'pino';
import { AirtimeMeter, type Airtime } from './airtimeMeter.js';
import { airtimeIdentity } from './airtimeIdentity.js';
import type { ProbeDetails, SpeakerProbe } from './speakerProbe.js';

export interface SessionAirtimeDeps {
  sessionId: string;
  now: () => number;
  logger: Logger;
  /** Connection details for the hidden listener with this identity. */
  details: (listenerIdentity: string) => Promise<ProbeDetails>;
  /** Joins the room and reports whether `target` speaks (openSpeakerProbe in production). */
  open: (
    details: ProbeDetails,
    target: string,
    onSpeaking: (speaking: boolean) => void,
  ) => Promise<SpeakerProbe>;
  /** The chair's figures: sent regularly while anyone speaks, and once when all stop. */
  emit: (report: Record<string, Airtime>) => void;
  /** 1 s by default: well within the 2 s the contract promises. */
  reportEveryMs?: number;
}

/** One member's listener: open, being opened, or waiting to be retried. */
interface ProbeSlot {
  probe: SpeakerProbe | null;
  opening: boolean;
  failures: number;
  retryAt: number;
}

const FIRST_RETRY_MS = 2_000;
const MAX_RETRY_MS = 30_000;

/**
 * The airtime of one running session: a hidden listener per member in the media room feeds an
 * `AirtimeMeter` on the server's clock. Failures to listen are logged and retried on the next
 * `sync`; they never touch the session itself.
 */
export class SessionAirtime {
  private readonly meter: AirtimeMeter;
  private readonly slots = new Map<string, ProbeSlot>();
  private readonly speaking = new Set<string>();
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
    for (const target of [...this.slots.keys()]) if (!targets.has(target)) this.drop(target);
    const now = this.deps.now();
    for (const target of targets) {
      const slot = this.slots.get(target) ?? {
        probe: null,
        opening: false,
        failures: 0,
        retryAt: 0,
      };
      this.slots.set(target, slot);
      if (slot.probe && !slot.probe.connected) {
        void slot.probe.close();
        slot.probe = null;
      }
      if (!slot.probe && !slot.opening && now >= slot.retryAt) this.openFor(target, slot);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    const probes = [...this.slots.values()].map((s) => s.probe);
    this.slots.clear();
    await Promise.all(probes.map((p) => p?.close()));
  }

  private openFor(target: string, slot: ProbeSlot): void {
    slot.opening = true;
    const onSpeaking = (speaking: boolean) => this.speakingChanged(target, speaking);
    void (async () => {
      try {
        const details = await this.deps.details(airtimeIdentity(target));
        const probe = await this.deps.open(details, target, onSpeaking);
        if (this.closed || this.slots.get(target) !== slot) return void probe.close();
        slot.probe = probe;
        slot.failures = 0;
      } catch (err) {
        slot.failures += 1;
        slot.retryAt =
          this.deps.now() + Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (slot.failures - 1));
        this.deps.logger.warn(
          { sessionId: this.deps.sessionId, target, err, tryNumber: slot.failures },
          'airtime listener could not join; retrying later',
        );
      } finally {
        slot.opening = false;
      }
    })();
  }

  private drop(target: string): void {
    const slot = this.slots.get(target);
    this.slots.delete(target);
    this.speakingChanged(target, false);
    void slot?.probe?.close();
  }

  private speakingChanged(target: string, speaking: boolean): void {
    if (this.closed || speaking === this.speaking.has(target)) return;
    if (speaking) this.speaking.add(target);
    else this.speaking.delete(target);
    this.meter.speakers(this.speaking);
    // The bars settle at once when the last voice stops; while anyone speaks the timer reports.
    if (!this.meter.anyoneSpeaking) this.send();
  }

  private send(): void {
    this.deps.emit(this.meter.report());
  }
}
