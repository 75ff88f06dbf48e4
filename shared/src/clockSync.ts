/** One NTP-style round trip: client send time, server time, client receive time. */
export interface ClockSample {
  clientSentAt: number;
  serverNow: number;
  clientReceivedAt: number;
}

/**
 * Estimates `serverClock - clientClock` from several samples. Each sample assumes the server read
 * its clock halfway through the round trip; the median offset of the faster half of the samples
 * resists both outliers and asymmetric slow trips.
 */
export function estimateClockOffset(samples: readonly ClockSample[]): number {
  if (samples.length === 0) return 0;
  const byRtt = [...samples].sort(
    (a, b) => a.clientReceivedAt - a.clientSentAt - (b.clientReceivedAt - b.clientSentAt),
  );
  const fast = byRtt.slice(0, Math.max(1, Math.ceil(byRtt.length / 2)));
  const offsets = fast
    .map((s) => s.serverNow - (s.clientSentAt + s.clientReceivedAt) / 2)
    .sort((a, b) => a - b);
  const mid = Math.floor(offsets.length / 2);
  return offsets.length % 2 === 1
    ? (offsets[mid] as number)
    : ((offsets[mid - 1] as number) + (offsets[mid] as number)) / 2;
}

/** Milliseconds left in a phase as a client should display it. Never negative. */
export function remainingMs(
  phase: { endsAt: number; remainingMs: number | null; paused: boolean },
  serverNow: number,
): number {
  if (phase.paused && phase.remainingMs !== null) return Math.max(0, phase.remainingMs);
  return Math.max(0, phase.endsAt - serverNow);
}
