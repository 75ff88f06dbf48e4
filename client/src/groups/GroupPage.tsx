import './groups.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FacilitatorPage } from './FacilitatorPage';
import { groupCredentialStore } from './groupCredentialStore';
import { GroupProblemNotice } from './GroupProblemNotice';
import { MemberPage } from './MemberPage';
import { useGroup } from './useGroup';
import { useGroupAccess } from './useGroupAccess';

/** `/g/:id`: the facilitator's page or a member's, as the credential says. */
export function GroupPage({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const access = useGroupAccess(groupId);
  const membership = access.state === 'in' ? access.membership : null;
  const { group, problem, reload } = useGroup(groupId, membership?.credential ?? null);
  const [deleted, setDeleted] = useState(false);
  // The server no longer knows this credential (removed, new link made, group deleted): forget it.
  const refused = problem === 'unauthorized' || problem === 'not_found';
  useEffect(() => {
    if (refused) groupCredentialStore.clear(groupId);
  }, [refused, groupId]);

  if (deleted) return <GroupProblemNotice problem="deleted" />;
  if (access.state === 'problem') return <GroupProblemNotice problem={access.problem} />;
  if (problem && problem !== 'unreachable') return <GroupProblemNotice problem={problem} />;
  if (!membership || !group) {
    if (problem) return <GroupProblemNotice problem={problem} />;
    return (
      <main className="page page--narrow" aria-busy="true">
        <p className="muted">{t('groups.loading')}</p>
      </main>
    );
  }
  if (group.me.role === 'facilitator') {
    return (
      <FacilitatorPage
        group={group}
        membership={membership}
        reload={reload}
        onDeleted={() => {
          groupCredentialStore.clear(groupId);
          setDeleted(true);
        }}
      />
    );
  }
  return <MemberPage group={group} membership={membership} reload={reload} />;
}
