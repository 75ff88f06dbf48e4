import { lazy, Suspense } from 'react';
import { AppHeader } from './AppHeader';
import { SessionPage } from './room/SessionPage';

// An invite link opens /s/:id: the join page is in the entry, every other page loads when it is
// opened (bench join_page_bytes: what an invite link loads before its form is usable).
const CreateScreen = lazy(() =>
  import('./create/CreateScreen').then((m) => ({ default: m.CreateScreen })),
);
const LinksPage = lazy(() => import('./create/LinksPage').then((m) => ({ default: m.LinksPage })));
const GatheringCreateScreen = lazy(() =>
  import('./gathering/GatheringCreateScreen').then((m) => ({ default: m.GatheringCreateScreen })),
);
const GatheringLinksPage = lazy(() =>
  import('./gathering/GatheringLinksPage').then((m) => ({ default: m.GatheringLinksPage })),
);
const GatheringPage = lazy(() =>
  import('./gathering/GatheringPage').then((m) => ({ default: m.GatheringPage })),
);
const EnrolPage = lazy(() => import('./groups/EnrolPage').then((m) => ({ default: m.EnrolPage })));
const GroupCreateScreen = lazy(() =>
  import('./groups/GroupCreateScreen').then((m) => ({ default: m.GroupCreateScreen })),
);
const GroupPage = lazy(() => import('./groups/GroupPage').then((m) => ({ default: m.GroupPage })));

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
      {/* A page still loading shows nothing rather than a flash of a spinner. */}
      <Suspense fallback={null}>
        <Route path={window.location.pathname} />
      </Suspense>
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
