import type { JoinSessionResponse } from '@intervision/shared';
import { Suspense, useCallback, useEffect, useState } from 'react';
import { credentialStore, type StoredMembership } from '../api/credentialStore';
import { JoinScreen } from '../join/JoinScreen';
import type { JoinProblem } from '../join/joinProblem';
import { takeLinkFragment } from '../join/takeLinkFragment';
import { LazyRoomScreen, loadRoomScreen } from './lazyRoomScreen';
import { LoadFailure } from './LoadFailure';

/** Everything this page says itself, in one place (to move into translations as a whole). */
const TEXT = { connecting: 'Connecting to the session…' };

/**
 * `/s/:id`: the room when this browser already holds a credential for the session (a reload rejoins
 * silently), otherwise the join screen. A credential the server refuses is forgotten, with the reason.
 */
export function SessionPage({ sessionId }: { sessionId: string }) {
  // Before the stored membership is read: opening a link again may bring a newer media key.
  const [link] = useState(() => takeLinkFragment(sessionId));
  const [membership, setMembership] = useState<StoredMembership | null>(() =>
    credentialStore.load(sessionId),
  );
  const [joined, setJoined] = useState<JoinSessionResponse | null>(null);
  const [problem, setProblem] = useState<JoinProblem | null>(null);

  const leave = useCallback(
    (why: JoinProblem) => {
      credentialStore.clear(sessionId);
      setMembership(null);
      setJoined(null);
      setProblem(why);
    },
    [sessionId],
  );

  // The room's code (and the media SDK) downloads while the person fills in the join form.
  useEffect(() => {
    if (!membership) void loadRoomScreen().catch(() => undefined);
  }, [membership]);

  if (!membership) {
    return (
      <JoinScreen
        key={problem ?? 'fresh'}
        sessionId={sessionId}
        secret={link.secret}
        mediaKey={link.mediaKey}
        initialProblem={problem}
        onJoined={(m, res) => {
          setProblem(null);
          setJoined(res);
          setMembership(m);
        }}
      />
    );
  }
  return (
    <LoadFailure>
      <Suspense
        fallback={
          <main className="page page--narrow" aria-busy="true">
            <p className="muted">{TEXT.connecting}</p>
          </main>
        }
      >
        <LazyRoomScreen
          key={membership.credential}
          sessionId={sessionId}
          membership={membership}
          initialView={joined?.view ?? null}
          initialLivekit={joined?.livekit ?? null}
          onLeave={leave}
        />
      </Suspense>
    </LoadFailure>
  );
}
