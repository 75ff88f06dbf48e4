/** How long one person has spoken, by the media server's speaker detection on the server clock. */
export interface AirtimeFigures {
  /** Milliseconds spoken in the current phase; back to 0 when the phase changes. */
  phaseMs: number;
  /** Milliseconds spoken in the whole session so far. */
  sessionMs: number;
}

/**
 * Payload of `airtime`, sent only to the chair's sockets: figures per participant identity, at
 * least every 2 s while anyone speaks and once when the last voice stops (so bars settle), and
 * again when a phase starts. Someone absent from it has not spoken yet. Kept only in the server's
 * memory while the session runs.
 */
export type AirtimeReport = Record<string, AirtimeFigures>;

/** Which figures an airtime mirror shows. */
export type AirtimeScope = 'phase' | 'session';

/**
 * Payload of `airtime:mirror`, sent to everyone when the chair shows the group its airtime: each
 * member's share of all speaking time, in whole percent (0–100, summing to about 100), so the
 * picture shows balance without numbers to the second. Everyone in the session is listed, 0 for
 * those who have not spoken. `null` hides it again.
 */
export interface AirtimeMirror {
  scope: AirtimeScope;
  shares: Record<string, number>;
}
