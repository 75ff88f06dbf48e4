import { isE2EESupported } from 'livekit-client';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { browserSupportsE2EE } from './browserSupportsE2EE';

class Sender {}
class SenderWithStreams {
  createEncodedStreams() {
    return {};
  }
}

afterEach(() => vi.unstubAllGlobals());

describe('browserSupportsE2EE', () => {
  test.each([
    ['neither API', {}],
    ['WebRTC without encoded streams', { RTCRtpSender: Sender }],
    ['encoded insertable streams (Chromium)', { RTCRtpSender: SenderWithStreams }],
    [
      'script transforms (Safari, Firefox)',
      { RTCRtpSender: Sender, RTCRtpScriptTransform: class {} },
    ],
  ])('answers as livekit-client does with %s', (_name, globals) => {
    for (const [key, value] of Object.entries(globals)) vi.stubGlobal(key, value);
    expect(browserSupportsE2EE()).toBe(isE2EESupported());
  });

  test('says yes where the browser can encrypt', () => {
    vi.stubGlobal('RTCRtpSender', SenderWithStreams);
    expect(browserSupportsE2EE()).toBe(true);
  });
});
