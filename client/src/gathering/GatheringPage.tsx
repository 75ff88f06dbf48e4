import { useCallback, useEffect, useState } from 'react';
import { GatheringJoin } from './GatheringJoin';
import { gatheringStore, type GatheringMembership } from './gatheringStore';
import { LazyGatheringRoom, loadGatheringRoom } from './lazyGatheringRoom';
import { takeGatheringLink } from './takeGatheringLink';
import { LazyRoomFrame } from '../room/ConnectingPage';

/**
 * `/gatherings/:id`: the gathering when this browser already holds a credential for it (a reload
 * comes straight back), otherwise the join form. A credential the server refuses is forgotten.
 */
export function GatheringPage({ gatheringId }: { gatheringId: string }) {
  const [link] = useState(() => takeGatheringLink(gatheringId));
  const [membership, setMembership] = useState<GatheringMembership | null>(() => {
    const stored = gatheringStore.load(gatheringId);
    // Opening a link with another key (a new gathering link) means joining again with it.
    return stored && (!link.mediaKey || link.mediaKey === stored.mediaKey) ? stored : null;
  });
  const [refused, setRefused] = useState<string | null>(null);

  const leave = useCallback(
    (why: string) => {
      gatheringStore.clear(gatheringId);
      setMembership(null);
      setRefused(why);
    },
    [gatheringId],
  );

  useEffect(() => {
    if (!membership) void loadGatheringRoom().catch(() => undefined);
  }, [membership]);

  if (!membership) {
    return (
      <GatheringJoin
        gatheringId={gatheringId}
        secret={link.secret}
        mediaKey={link.mediaKey}
        refused={refused}
        onJoined={(m) => {
          gatheringStore.save(gatheringId, m);
          setRefused(null);
          setMembership(m);
        }}
      />
    );
  }
  return (
    <LazyRoomFrame>
      <LazyGatheringRoom
        key={membership.credential}
        gatheringId={gatheringId}
        membership={membership}
        onRefused={leave}
      />
    </LazyRoomFrame>
  );
}
