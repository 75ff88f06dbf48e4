import { useEffect, useState } from 'react';
import { withMediaKey } from '../e2ee/mediaKey';
import { readFragment } from '../join/readFragment';
import { groupCredentialStore, type StoredGroupMembership } from './groupCredentialStore';
import { groupProblemOf, type GroupProblem } from './groupProblem';
import { groupsApi } from './groupsApi';

export type GroupAccess =
  | { state: 'entering' }
  | { state: 'in'; membership: StoredGroupMembership }
  | { state: 'problem'; problem: GroupProblem };

/**
 * The group credential for `/g/:id`: from the link in the address bar when there is one (entered
 * once, then the fragment leaves the address bar), else what this browser kept from an earlier
 * visit — so the page also opens from a calendar entry without a secret.
 */
export function useGroupAccess(groupId: string): GroupAccess {
  const [link] = useState(() => readFragment(window.location.hash));
  const [access, setAccess] = useState<GroupAccess>(() => {
    if (link.secret) return { state: 'entering' };
    const stored = groupCredentialStore.load(groupId);
    if (stored) return { state: 'in', membership: stored };
    return {
      state: 'problem',
      problem: window.location.hash.length > 1 ? 'bad_link' : 'unauthorized',
    };
  });

  useEffect(() => {
    const secret = link.secret;
    if (!secret) return undefined;
    let cancelled = false;
    const mediaKey = link.mediaKey ?? groupCredentialStore.load(groupId)?.mediaKey ?? null;
    if (!mediaKey) {
      setAccess({ state: 'problem', problem: 'no_media_key' });
      return undefined;
    }
    groupsApi
      .enter(groupId, { secret })
      .then((res) => {
        const membership: StoredGroupMembership = {
          credential: res.credential,
          memberId: res.memberId,
          role: res.role,
          mediaKey,
          personalUrl: withMediaKey(res.personalUrl, mediaKey),
        };
        groupCredentialStore.save(groupId, membership);
        // Only once entered: a failed attempt leaves the link where a reload can try it again.
        const { pathname, search } = window.location;
        window.history.replaceState(window.history.state, '', `${pathname}${search}`);
        if (!cancelled) setAccess({ state: 'in', membership });
      })
      .catch((err: unknown) => {
        if (!cancelled) setAccess({ state: 'problem', problem: groupProblemOf(err) });
      });
    return () => {
      cancelled = true;
    };
  }, [groupId, link]);

  return access;
}
