import { act, renderHook } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { connectedRoom, joinRemote, publishRemoteMic } from '../testing/livekitObjects';
import { decodeHearing, HEARING_TOPIC } from './hearingReport';
import { useHearsParticipant } from './useHearsParticipant';

function setup() {
  const room = connectedRoom('peer-a');
  const sent = vi
    .spyOn(room.localParticipant, 'publishData')
    .mockImplementation(() => Promise.resolve());
  const presenter = joinRemote(room, 'presenter');
  const hook = renderHook(() => useHearsParticipant(room, 'presenter'));
  /** What this page told whom, decoded. */
  const reports = () =>
    sent.mock.calls.map(([payload, options]) => ({
      to: options?.destinationIdentities,
      topic: options?.topic,
      ...decodeHearing(payload),
    }));
  return { room, presenter, hook, reports };
}

describe('useHearsParticipant', () => {
  test('hears the presenter only once their microphone is subscribed and unmuted', () => {
    const { room, presenter, hook } = setup();
    const mic = publishRemoteMic(room, presenter, 'TR_mic');
    act(() => mic.mute(true));
    act(() => mic.subscribe());
    expect(hook.result.current.hears).toBe(false);

    const before = Date.now();
    act(() => mic.mute(false));
    expect(hook.result.current.hears).toBe(true);
    expect(hook.result.current.since).toBeGreaterThanOrEqual(before);
  });

  test('a published microphone this page has not subscribed to is not heard', () => {
    const { room, presenter, hook } = setup();
    act(() => void publishRemoteMic(room, presenter, 'TR_mic'));
    expect(hook.result.current.hears).toBe(false);
  });

  test('tells the presenter alone each change in what it hears, once', () => {
    const { room, presenter, reports } = setup();
    const mic = publishRemoteMic(room, presenter, 'TR_mic');
    act(() => mic.subscribe());
    act(() => mic.mute(true));
    act(() => mic.mute(true));
    act(() => mic.mute(false));
    expect(reports()).toEqual([
      { to: ['presenter'], topic: HEARING_TOPIC, trackSid: 'TR_mic', hears: false },
      { to: ['presenter'], topic: HEARING_TOPIC, trackSid: 'TR_mic', hears: true },
      { to: ['presenter'], topic: HEARING_TOPIC, trackSid: 'TR_mic', hears: false },
      { to: ['presenter'], topic: HEARING_TOPIC, trackSid: 'TR_mic', hears: true },
    ]);
  });

  test('tells a presenter who reconnected again, since they forgot', () => {
    const { room, presenter, reports } = setup();
    const mic = publishRemoteMic(room, presenter, 'TR_mic');
    act(() => mic.subscribe());
    const told = reports().length;
    act(() => void room.emit('participantConnected', presenter));
    expect(reports().slice(told)).toEqual([
      { to: ['presenter'], topic: HEARING_TOPIC, trackSid: 'TR_mic', hears: true },
    ]);
  });

  test('the presenter’s own page reports nothing about itself', () => {
    const room = connectedRoom('presenter');
    const sent = vi.spyOn(room.localParticipant, 'publishData');
    const hook = renderHook(() => useHearsParticipant(room, 'presenter'));
    expect(hook.result.current.hears).toBe(false);
    expect(sent).not.toHaveBeenCalled();
  });
});
