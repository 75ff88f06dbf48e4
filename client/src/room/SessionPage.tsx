import type { JoinSessionResponse } from '@intervision/shared';
import { startTransition, useCallback, useEffect, useState } from 'react';
import { api } from '../api/apiClient';
import { credentialStore, type StoredMembership } from '../api/credentialStore';
import { JoinScreen } from '../join/JoinScreen';
import type { JoinProblem } from '../join/joinProblem';
import { takeLinkFragment } from '../join/takeLinkFragment';
import { LazyRoomScreen, loadedRoomWarmUp, loadRoomScreen, loadRoomWarmUp } from './lazyRoomScreen';
import { ConnectingPage, LazyRoomFrame } from './ConnectingPage';

/**
 * `/s/:id`: the room when this browser already holds a credential for the session (a reload rejoins
 * silently), otherwise the join screen. A credential the server refuses is forgotten, with the reason.
 * Opening a link again while holding a credential joins again with both, so the server answers with
 * the same person — and the chair link makes them the chair.
 */
export function SessionPage({ sessionId }: { sessionId: string }) {
  // Read before takeLinkFragment empties the address bar: was a link just opened?
  const [opened] = useState(() => window.location.hash.length > 1);
  // Before the stored membership is read: opening a link again may bring a newer media key.
  const [link] = useState(() => takeLinkFragment(sessionId));
  const [membership, setMembership] = useState<StoredMembership | null>(() =>
    credentialStore.load(sessionId),
  );
  const [joined, setJoined] = useState<JoinSessionResponse | null>(null);
  const [problem, setProblem] = useState<JoinProblem | null>(null);
  const [rejoining, setRejoining] = useState(() => opened && Boolean(link.secret && membership));

  useEffect(() => {
    if (!rejoining || !membership || !link.secret) return undefined;
    let cancelled = false;
    // No name: a credential the server no longer knows must not quietly become a new person.
    api
      .join(sessionId, { secret: link.secret, credential: membership.credential })
      .then((res) => {
        if (cancelled) return;
        const next = { ...membership, credential: res.credential, role: res.role };
        credentialStore.save(sessionId, next);
        setJoined(res);
        setMembership(next);
      })
      // Otherwise the stored membership stands; the room says what is wrong with it, if anything.
      .catch(() => undefined)
      .finally(() => {
        if (!cancelled) setRejoining(false);
      });
    return () => {
      cancelled = true;
    };
    // Once, for the link this page was opened with.
  }, []);

  const leave = useCallback(
    (why: JoinProblem) => {
      credentialStore.clear(sessionId);
      setMembership(null);
      setJoined(null);
      setProblem(why);
    },
    [sessionId],
  );

  // The room's code (and the media SDK) downloads while the person fills in the join form, and the
  // encrypted room is made ready, so pressing Enter goes straight to connecting.
  useEffect(() => {
    if (membership) return;
    void loadRoomScreen().catch(() => undefined);
    const mediaKey = link.mediaKey;
    if (mediaKey) {
      void loadRoomWarmUp()
        .then((w) => w.warmUpRoom(mediaKey))
        .catch(() => undefined);
    }
  }, [membership, link.mediaKey]);

  if (rejoining) {
    return <ConnectingPage />;
  }
  if (!membership) {
    return (
      <JoinScreen
        key={problem ?? 'fresh'}
        sessionId={sessionId}
        secret={link.secret}
        mediaKey={link.mediaKey}
        initialProblem={problem}
        credential={credentialStore.loadCredential(sessionId)}
        onJoined={(m, res) => {
          const { livekit } = res;
          // Connecting starts before React renders the room (the module is normally loaded by now).
          const warmUp = loadedRoomWarmUp();
          if (livekit && warmUp) warmUp.connectWarmRoom(m.mediaKey, livekit);
          else if (livekit) {
            void loadRoomWarmUp()
              .then((w) => w.connectWarmRoom(m.mediaKey, livekit))
              .catch(() => undefined);
          }
          // The room screen is a large first render: as a transition React renders it in slices and
          // the media connection's events (its socket opening, the first tracks) can run between
          // them. No gain measured on its own; see docs/join-speed.md for what did count.
          startTransition(() => {
            setProblem(null);
            setJoined(res);
            setMembership(m);
          });
        }}
      />
    );
  }
  return (
    <LazyRoomFrame>
      <LazyRoomScreen
        key={membership.credential}
        sessionId={sessionId}
        membership={membership}
        initialView={joined?.view ?? null}
        initialLivekit={joined?.livekit ?? null}
        onLeave={leave}
      />
    </LazyRoomFrame>
  );
}
