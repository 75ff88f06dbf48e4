import { act, render, renderHook, screen } from '@testing-library/react';
import { Room, RoomEvent, type Participant, type RemoteParticipant } from 'livekit-client';
import { describe, expect, test } from 'vitest';
import { UndecryptableContext } from './UndecryptableContext';
import { UndecryptableTile } from './UndecryptableTile';
import { useUndecryptable } from './useUndecryptable';

// Remote participants need a live signalling connection to exist; only identity and name are read.
const remote = (identity: string, name: string) => ({ identity, name }) as RemoteParticipant;

describe('useUndecryptable', () => {
  test('a decryption error names the remote person, once however often it repeats', () => {
    const room = new Room();
    const { result } = renderHook(() => useUndecryptable(room));
    act(() => {
      room.emit(RoomEvent.EncryptionError, new Error('decrypt'), remote('p1', 'Sam'));
      room.emit(RoomEvent.EncryptionError, new Error('decrypt'), remote('p1', 'Sam'));
    });
    expect(result.current).toEqual([{ identity: 'p1', name: 'Sam' }]);
  });

  test('errors about nobody in particular, or about this browser itself, name no one', () => {
    const room = new Room();
    const { result } = renderHook(() => useUndecryptable(room));
    act(() => {
      room.emit(RoomEvent.EncryptionError, new Error('worker'), undefined);
      room.emit(
        RoomEvent.EncryptionError,
        new Error('encode'),
        room.localParticipant as Participant,
      );
    });
    expect(result.current).toEqual([]);
  });

  test('someone who leaves is no longer listed, so they can come back with the right link', () => {
    const room = new Room();
    const { result } = renderHook(() => useUndecryptable(room));
    act(() => {
      room.emit(RoomEvent.EncryptionError, new Error('decrypt'), remote('p1', 'Sam'));
      room.emit(RoomEvent.ParticipantDisconnected, remote('p1', 'Sam'));
    });
    expect(result.current).toEqual([]);
  });
});

describe('UndecryptableTile', () => {
  test("covers the tile of someone who can't be decrypted with a calm sentence", () => {
    render(
      <UndecryptableContext.Provider value={[{ identity: 'p1', name: 'Sam' }]}>
        <UndecryptableTile identity="p1" />
        <UndecryptableTile identity="p2" />
      </UndecryptableContext.Provider>,
    );
    const tiles = screen.getAllByTestId('undecryptable-tile');
    expect(tiles).toHaveLength(1);
    expect(tiles[0]).toHaveTextContent(
      /We can’t show Sam’s video: your link may be out of date. Ask the chair for the link again./,
    );
  });
});
