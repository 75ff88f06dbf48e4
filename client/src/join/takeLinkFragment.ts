import { credentialStore } from '../api/credentialStore';
import { readFragment, type LinkFragment } from './readFragment';

/**
 * Reads the secret and media key from the address bar once, then removes them from the address
 * bar and the history entry (`/s/<id>` stays), so they are not left on screen, in screenshots or in
 * the browser's history. They live on in this tab's storage: a reload before joining still works,
 * and a reload after joining uses the stored membership.
 */
export function takeLinkFragment(sessionId: string): LinkFragment {
  const { hash, pathname, search } = window.location;
  if (!hash || hash === '#') {
    return credentialStore.loadPendingLink(sessionId) ?? { secret: null, mediaKey: null };
  }
  const link = readFragment(hash);
  credentialStore.savePendingLink(sessionId, link);
  // Opening the chair's link again is how a member with an out-of-date key repairs it.
  const stored = credentialStore.load(sessionId);
  if (stored && link.mediaKey && stored.mediaKey !== link.mediaKey) {
    credentialStore.save(sessionId, { ...stored, mediaKey: link.mediaKey });
  }
  window.history.replaceState(window.history.state, '', `${pathname}${search}`);
  return link;
}
