/**
 * Whether this browser can encrypt media end to end, asked the way livekit-client's
 * `isE2EESupported` asks (encoded insertable streams, or script transforms), but without loading
 * the SDK: the join page decides whether to offer its form before the media code has arrived.
 */
export function browserSupportsE2EE(): boolean {
  if (typeof window === 'undefined') return false;
  const scriptTransform = 'RTCRtpScriptTransform' in window;
  const insertableStreams =
    typeof window.RTCRtpSender !== 'undefined' &&
    'createEncodedStreams' in window.RTCRtpSender.prototype;
  return scriptTransform || insertableStreams;
}
