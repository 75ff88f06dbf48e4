import { act, renderHook } from '@testing-library/react';
import type { RemoteParticipant, Room } from 'livekit-client';
import { describe, expect, test } from 'vitest';
import { connectedRoom, joinRemote, publishLocalMic } from '../testing/livekitObjects';
import { encodeHearing, HEARING_TOPIC, type HearingReport } from './hearingReport';
import { useGroupHearsMe } from './useGroupHearsMe';

/** A data message from `from`, as LiveKit hands it to the room. */
function report(room: Room, from: RemoteParticipant, body: HearingReport, topic = HEARING_TOPIC) {
  act(() => void room.emit('dataReceived', encodeHearing(body), from, undefined, topic));
}

function setup() {
  const room = connectedRoom('presenter');
  const peers = [joinRemote(room, 'peer-a'), joinRemote(room, 'peer-b')] as const;
  const hook = renderHook(() => useGroupHearsMe(room));
  return { room, peers, hook };
}

describe('useGroupHearsMe', () => {
  test('is true only once every other page hears the microphone that is published', async () => {
    const { room, peers, hook } = setup();
    await act(() => publishLocalMic(room, 'TR_new'));
    expect(hook.result.current).toBe(false);
    report(room, peers[0], { trackSid: 'TR_new', hears: true });
    expect(hook.result.current).toBe(false);
    report(room, peers[1], { trackSid: 'TR_new', hears: true });
    expect(hook.result.current).toBe(true);
  });

  test('does not count hearing an earlier publication of the microphone', async () => {
    const { room, peers, hook } = setup();
    await act(() => publishLocalMic(room, 'TR_new'));
    report(room, peers[0], { trackSid: 'TR_new', hears: true });
    report(room, peers[1], { trackSid: 'TR_old', hears: true });
    expect(hook.result.current).toBe(false);
  });

  test('turns false when the microphone is muted again, whatever the others said', async () => {
    const { room, peers, hook } = setup();
    const mic = await act(() => publishLocalMic(room, 'TR_mic'));
    for (const peer of peers) report(room, peer, { trackSid: 'TR_mic', hears: true });
    expect(hook.result.current).toBe(true);
    await act(() => mic.mute());
    expect(mic.pub.isMuted).toBe(true);
    expect(hook.result.current).toBe(false);
  });

  test('ignores other topics and malformed reports', async () => {
    const { room, peers, hook } = setup();
    await act(() => publishLocalMic(room, 'TR_mic'));
    report(room, peers[0], { trackSid: 'TR_mic', hears: true });
    report(room, peers[1], { trackSid: 'TR_mic', hears: true }, 'chat');
    act(
      () =>
        void room.emit(
          'dataReceived',
          new TextEncoder().encode('{}'),
          peers[1],
          undefined,
          HEARING_TOPIC,
        ),
    );
    expect(hook.result.current).toBe(false);
  });

  test('stops waiting for someone who left', async () => {
    const { room, peers, hook } = setup();
    await act(() => publishLocalMic(room, 'TR_mic'));
    report(room, peers[0], { trackSid: 'TR_mic', hears: true });
    act(() => {
      room.remoteParticipants.delete('peer-b');
      room.emit('participantDisconnected', peers[1]);
    });
    expect(hook.result.current).toBe(true);
  });
});
