import { findMethod } from '@intervision/shared';
import { act, renderHook } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { connectedRoom, joinRemote, publishRemoteMic } from '../testing/livekitObjects';
import { sessionViewFixture } from '../testing/sessionViewFixture';
import { useHearsParticipant } from './useHearsParticipant';
import { useWithheldTracks } from './useWithheldTracks';

const method = findMethod('intervision');
const presentation = sessionViewFixture(0);
const reflection = sessionViewFixture(1);
const response = sessionViewFixture(2);

/** A peer's page with the presenter (p1) and the chair (c1) in the room, in the given view. */
function setup() {
  const room = connectedRoom('q1');
  const presenter = joinRemote(room, 'p1');
  const chair = joinRemote(room, 'c1');
  const hook = renderHook(
    ({ view }) => {
      const changes = useWithheldTracks(room, view, method);
      return useHearsParticipant(room, 'p1', changes);
    },
    { initialProps: { view: presentation } },
  );
  return { room, presenter, chair, hook };
}

describe('useWithheldTracks', () => {
  test('muted reflection disables the presenter’s microphone here and the response enables it again', () => {
    const { room, presenter, hook } = setup();
    const mic = publishRemoteMic(room, presenter, 'TR_mic');
    act(() => mic.subscribe());
    expect(mic.pub.isEnabled).toBe(true);
    expect(hook.result.current.hears).toBe(true);

    hook.rerender({ view: reflection });
    expect(mic.pub.isEnabled).toBe(false);
    // Still subscribed and unmuted (a modified presenter), yet this page does not hear it.
    expect(mic.pub.isSubscribed).toBe(true);
    expect(hook.result.current.hears).toBe(false);

    hook.rerender({ view: response });
    expect(mic.pub.isEnabled).toBe(true);
    expect(hook.result.current.hears).toBe(true);
  });

  test('a microphone the presenter publishes during the restriction is disabled as it arrives', () => {
    const { room, presenter, hook } = setup();
    hook.rerender({ view: reflection });
    const second = publishRemoteMic(room, presenter, 'TR_second');
    expect(second.pub.isEnabled).toBe(false);
    act(() => second.subscribe());
    expect(second.pub.isEnabled).toBe(false);
    expect(hook.result.current.hears).toBe(false);
  });

  test('a publication the SDK rebuilds after a full reconnect is disabled afresh', () => {
    const { room, presenter, hook } = setup();
    const before = publishRemoteMic(room, presenter, 'TR_mic');
    hook.rerender({ view: reflection });
    expect(before.pub.isEnabled).toBe(false);
    // A full reconnect: the same track sid, a new publication object with default settings.
    const after = publishRemoteMic(room, presenter, 'TR_mic');
    expect(after.pub).not.toBe(before.pub);
    expect(after.pub.isEnabled).toBe(false);
  });

  test('leaves the tracks of everyone the phase allows alone', () => {
    const { room, chair, hook } = setup();
    const chairMic = publishRemoteMic(room, chair, 'TR_chair');
    act(() => chairMic.subscribe());
    hook.rerender({ view: reflection });
    expect(chairMic.pub.isEnabled).toBe(true);
  });

  test('a strict turn disables every microphone but the speaker’s', () => {
    const { room, presenter, chair, hook } = setup();
    const presenterMic = publishRemoteMic(room, presenter, 'TR_p');
    const chairMic = publishRemoteMic(room, chair, 'TR_c');
    const round = {
      order: ['p1', 'q1'],
      speaker: 'p1',
      next: 'q1',
      turnEndsAt: 0,
      remainingMs: null,
      secondsPerTurn: 60,
      strict: true,
    };
    hook.rerender({ view: sessionViewFixture(3, undefined, { round }) });
    expect(presenterMic.pub.isEnabled).toBe(true);
    expect(chairMic.pub.isEnabled).toBe(false);
  });
});
