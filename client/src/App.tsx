import { AppHeader } from './AppHeader';
import { CreateScreen } from './create/CreateScreen';
import { LinksPage } from './create/LinksPage';
import { SessionPage } from './room/SessionPage';

/**
 * Three routes: `/` creates a session, `/links/:id` shows its links again, `/s/:id` joins and runs
 * one (the secret is in the fragment).
 */
export function App() {
  return (
    <>
      <AppHeader />
      <Route path={window.location.pathname} />
    </>
  );
}

function Route({ path }: { path: string }) {
  const session = /^\/s\/([^/]+)\/?$/.exec(path)?.[1];
  if (session) return <SessionPage sessionId={decodeURIComponent(session)} />;
  const links = /^\/links\/([^/]+)\/?$/.exec(path)?.[1];
  if (links) return <LinksPage sessionId={decodeURIComponent(links)} />;
  return <CreateScreen />;
}
