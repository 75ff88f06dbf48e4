import { AppHeader } from './AppHeader';
import { CreateScreen } from './create/CreateScreen';
import { SessionPage } from './room/SessionPage';

/** Two routes: `/` creates a session, `/s/:id` joins and runs one (the secret is in the fragment). */
export function App() {
  const match = /^\/s\/([^/]+)\/?$/.exec(window.location.pathname);
  return (
    <>
      <AppHeader />
      {match?.[1] ? <SessionPage sessionId={decodeURIComponent(match[1])} /> : <CreateScreen />}
    </>
  );
}
