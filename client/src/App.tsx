import { AppHeader } from './AppHeader';
import { CreateScreen } from './create/CreateScreen';
import { LinksPage } from './create/LinksPage';
import { GatheringCreateScreen } from './gathering/GatheringCreateScreen';
import { GatheringLinksPage } from './gathering/GatheringLinksPage';
import { GatheringPage } from './gathering/GatheringPage';
import { EnrolPage } from './groups/EnrolPage';
import { GroupCreateScreen } from './groups/GroupCreateScreen';
import { GroupPage } from './groups/GroupPage';
import { SessionPage } from './room/SessionPage';

/**
 * `/` creates a session, `/links/:id` shows its links again, `/s/:id` joins and runs one (the secret
 * is in the fragment). Groups: `/groups/new` creates one, `/g/:id` is a member's or the
 * facilitator's page, `/g/:id/enrol` is where people enrol. Gatherings: `/gatherings/new`,
 * `/gathering/:id/links` (the host's links again), `/gathering/:id` joins and runs one.
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
  if (/^\/groups\/new\/?$/.test(path)) return <GroupCreateScreen />;
  if (/^\/gatherings\/new\/?$/.test(path)) return <GatheringCreateScreen />;
  const gatheringLinks = /^\/gathering\/([^/]+)\/links\/?$/.exec(path)?.[1];
  if (gatheringLinks)
    return <GatheringLinksPage gatheringId={decodeURIComponent(gatheringLinks)} />;
  const gathering = /^\/gathering\/([^/]+)\/?$/.exec(path)?.[1];
  if (gathering) return <GatheringPage gatheringId={decodeURIComponent(gathering)} />;
  const enrol = /^\/g\/([^/]+)\/enrol\/?$/.exec(path)?.[1];
  if (enrol) return <EnrolPage groupId={decodeURIComponent(enrol)} />;
  const group = /^\/g\/([^/]+)\/?$/.exec(path)?.[1];
  if (group) return <GroupPage groupId={decodeURIComponent(group)} />;
  return <CreateScreen />;
}
