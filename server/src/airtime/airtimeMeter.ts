/** How long one person has spoken, in the current phase and in the whole session. */
export interface Airtime {
  phaseMs: number;
  sessionMs: number;
}

/**
 * Sums speaking time per identity on the server's clock from the media server's reports of who is
 * speaking now (LiveKit's active speakers), so no client can claim time for itself. Each report
 * replaces the set of speakers: an interval opens when someone appears and closes when they leave
 * it. Kept in memory only, for as long as the session runs.
 */
export class AirtimeMeter {
  private readonly totals = new Map<string, Airtime>();
  /** Who speaks now, and since when (server ms). */
  private readonly open = new Map<string, number>();

  constructor(private readonly now: () => number) {}

  /** LiveKit's current active speakers; everyone not named has stopped. */
  speakers(identities: Iterable<string>): void {
    const t = this.now();
    const current = new Set(identities);
    for (const [identity, since] of this.open) {
      if (!current.has(identity)) {
        this.add(identity, t - since);
        this.open.delete(identity);
      }
    }
    for (const identity of current) if (!this.open.has(identity)) this.open.set(identity, t);
  }

  /** A new phase starts counting from zero; the session's totals go on. */
  phaseChanged(): void {
    this.fold();
    for (const a of this.totals.values()) a.phaseMs = 0;
  }

  /** Someone is speaking now (the chair's view is then sent regularly). */
  get anyoneSpeaking(): boolean {
    return this.open.size > 0;
  }

  /** Everyone's time so far, open intervals counted up to now. */
  report(): Record<string, Airtime> {
    this.fold();
    const out: Record<string, Airtime> = {};
    for (const [identity, a] of this.totals) out[identity] = { ...a };
    return out;
  }

  /** Adds the open intervals up to now and restarts them from now. */
  private fold(): void {
    const t = this.now();
    for (const [identity, since] of this.open) {
      this.add(identity, t - since);
      this.open.set(identity, t);
    }
  }

  private add(identity: string, ms: number): void {
    const a = this.totals.get(identity) ?? { phaseMs: 0, sessionMs: 0 };
    a.phaseMs += ms;
    a.sessionMs += ms;
    this.totals.set(identity, a);
  }
}
