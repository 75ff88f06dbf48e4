import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailure } from './LoadFailure';

/** The calm "connecting…" page shown while a room, its view or its code is on the way. */
export function ConnectingPage() {
  const { t } = useTranslation();
  return (
    <main className="page page--narrow" aria-busy="true">
      <p className="muted">{t('room.connecting')}</p>
    </main>
  );
}

/** A room whose code loads on demand: "connecting…" meanwhile, a reload offer if it fails. */
export function LazyRoomFrame({ children }: { children: ReactNode }) {
  return (
    <LoadFailure>
      <Suspense fallback={<ConnectingPage />}>{children}</Suspense>
    </LoadFailure>
  );
}
