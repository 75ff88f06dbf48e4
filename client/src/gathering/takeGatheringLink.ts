import { readFragment, type LinkFragment } from '../join/readFragment';

const pendingKey = (id: string) => `intervision:gathering:${id}:link`;

/**
 * The gathering link's secret and media key, read once from the address bar and then taken out
 * of it (as session links are), kept for this tab so a reload of the join page still works.
 */
export function takeGatheringLink(gatheringId: string): LinkFragment {
  const { hash, pathname, search } = window.location;
  if (!hash || hash === '#') {
    try {
      const raw = sessionStorage.getItem(pendingKey(gatheringId));
      return raw ? readFragment(raw) : { secret: null, mediaKey: null };
    } catch {
      return { secret: null, mediaKey: null };
    }
  }
  try {
    sessionStorage.setItem(pendingKey(gatheringId), hash);
  } catch {
    // Storage blocked: the link still works for this page view.
  }
  window.history.replaceState(window.history.state, '', `${pathname}${search}`);
  return readFragment(hash);
}
