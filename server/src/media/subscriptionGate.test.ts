import { ParticipantInfo, TrackInfo, TrackSource } from 'livekit-server-sdk';
import { describe, expect, test } from 'vitest';
import { createSubscriptionGate } from './subscriptionGate.js';

/** Records RoomService.UpdateSubscriptions calls; a pure unit, LiveKit's side is proved in tests/media. */
function recordingApi(failFor: string[] = []) {
  const calls: Array<[string, string, string[], boolean]> = [];
  return {
    calls,
    async updateSubscriptions(room: string, who: string, sids: string[], on: boolean) {
      if (failFor.includes(who)) throw Object.assign(new Error('gone'), { status: 404 });
      calls.push([room, who, sids, on]);
    },
  };
}

const person = (identity: string, sid = `PA_${identity}`, tracks: TrackInfo[] = []) =>
  new ParticipantInfo({ identity, sid, tracks });
const micTrack = new TrackInfo({ sid: 'TR_mic', source: TrackSource.MICROPHONE });

describe('the subscription gate', () => {
  test('cuts each subscriber once, again after a reconnect, and puts them back on release', async () => {
    const api = recordingApi();
    const gate = createSubscriptionGate(api);
    const others = [person('peer'), person('chair')];
    await gate.withhold('s', 'presenter', [micTrack], others);
    await gate.withhold('s', 'presenter', [micTrack], others);
    expect(api.calls).toEqual([
      ['s', 'peer', ['TR_mic'], false],
      ['s', 'chair', ['TR_mic'], false],
    ]);
    // The peer reconnected: a new participant sid, auto-subscribed again.
    await gate.withhold('s', 'presenter', [micTrack], [person('peer', 'PA_peer2'), others[1]!]);
    expect(api.calls).toHaveLength(3);

    api.calls.length = 0;
    expect(await gate.releaseKnown('s', 'presenter')).toBe(true);
    expect(api.calls).toEqual([
      ['s', 'peer', ['TR_mic'], true],
      ['s', 'chair', ['TR_mic'], true],
    ]);
    // Released once: neither path repeats it.
    expect(await gate.releaseKnown('s', 'presenter')).toBe(false);
    await gate.release('s', person('presenter', 'PA_p', [micTrack]), others);
    expect(api.calls).toHaveLength(2);
  });

  test('with nothing remembered (a restart), the first release resubscribes everyone listed', async () => {
    const api = recordingApi(['left']);
    const gate = createSubscriptionGate(api);
    await gate.release('s', person('presenter', 'PA_p', [micTrack]), [
      person('peer'),
      person('left'),
    ]);
    expect(api.calls).toEqual([['s', 'peer', ['TR_mic'], true]]);
    await gate.release('s', person('presenter', 'PA_p', [micTrack]), [person('peer')]);
    expect(api.calls).toHaveLength(1);
  });
});
