/**
 * A page tells the presenter whether it receives their microphone: LiveKit tells a publisher only
 * when the *first* subscriber takes a track (`RoomEvent.LocalTrackSubscribed`), so "the group can
 * hear you" needs word from every page. Sent as a LiveKit data message to the presenter alone.
 */
export const HEARING_TOPIC = 'intervision.hearing';

/** What one page reports about the presenter's microphone track. */
export interface HearingReport {
  /** The presenter's microphone track this is about (a new publication has a new sid). */
  trackSid: string;
  /** Subscribed, its track present and not muted: this page plays the presenter's voice. */
  hears: boolean;
}

const MAX_BYTES = 256;

export function encodeHearing(report: HearingReport): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(JSON.stringify(report));
}

/** The report in a data message, or null for anything else (another page's bytes are input). */
export function decodeHearing(payload: Uint8Array): HearingReport | null {
  if (payload.byteLength > MAX_BYTES) return null;
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(payload));
    if (typeof value !== 'object' || value === null) return null;
    const { trackSid, hears } = value as Record<string, unknown>;
    if (typeof trackSid !== 'string' || trackSid.length === 0 || typeof hears !== 'boolean') {
      return null;
    }
    return { trackSid, hears };
  } catch {
    return null;
  }
}
