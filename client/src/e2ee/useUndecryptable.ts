import { RoomEvent, type Participant, type RemoteParticipant, type Room } from 'livekit-client';
import { useEffect, useState } from 'react';

/** A person whose video and sound this browser cannot decrypt. */
export interface Undecryptable {
  identity: string;
  name: string;
}

/**
 * The people whose media fails to decrypt here: either they or this browser hold a different media
 * key (an old or mistyped link). livekit-client reports it as an encryption error naming them.
 */
export function useUndecryptable(room: Room): Undecryptable[] {
  const [people, setPeople] = useState<Undecryptable[]>([]);

  useEffect(() => {
    const onError = (_error: Error, participant?: Participant) => {
      if (!participant || participant === room.localParticipant) return;
      const person = { identity: participant.identity, name: participant.name || 'someone' };
      setPeople((prev) =>
        prev.some((p) => p.identity === person.identity) ? prev : [...prev, person],
      );
    };
    // Someone who leaves and comes back (e.g. with the right link) gets a fresh chance.
    const onLeft = (participant: RemoteParticipant) =>
      setPeople((prev) => prev.filter((p) => p.identity !== participant.identity));
    room.on(RoomEvent.EncryptionError, onError);
    room.on(RoomEvent.ParticipantDisconnected, onLeft);
    return () => {
      room.off(RoomEvent.EncryptionError, onError);
      room.off(RoomEvent.ParticipantDisconnected, onLeft);
    };
  }, [room]);

  return people;
}
