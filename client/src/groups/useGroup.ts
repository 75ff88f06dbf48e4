import { useCallback, useEffect, useState } from 'react';
import { groupProblemOf, type GroupProblem } from './groupProblem';
import { groupsApi } from './groupsApi';
import type { GroupView } from '@intervision/shared';

/** How often the page asks again, so a meeting that opens by itself shows its way in. */
const REFRESH_MS = 20_000;

export interface GroupState {
  group: GroupView | null;
  problem: GroupProblem | null;
  reload: () => Promise<void>;
}

/** The group as the server shows it to this credential, fresh every little while and on return to the tab. */
export function useGroup(groupId: string, credential: string | null): GroupState {
  const [group, setGroup] = useState<GroupView | null>(null);
  const [problem, setProblem] = useState<GroupProblem | null>(null);

  const reload = useCallback(async () => {
    if (!credential) return;
    try {
      setGroup(await groupsApi.get(groupId, credential));
      setProblem(null);
    } catch (err) {
      const p = groupProblemOf(err);
      // A passing network hiccup keeps the page as it was; a refused credential does not.
      if (p !== 'unreachable') setGroup(null);
      setProblem(p);
    }
  }, [groupId, credential]);

  useEffect(() => {
    if (!credential) return undefined;
    void reload();
    const timer = window.setInterval(() => void reload(), REFRESH_MS);
    const onVisible = () => {
      if (document.visibilityState === 'visible') void reload();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [credential, reload]);

  return { group, problem, reload };
}
